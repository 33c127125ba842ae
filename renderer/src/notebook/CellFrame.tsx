import { type ReactNode, useEffect, useState } from "react";
import { CELL_KINDS, type Cell, type CellKind } from "../../../shared/notebook/notebook-schema.ts";
import { t } from "../i18n/t.ts";
import type { CellRuntime } from "../store/cell-types.ts";
import { useNotebook } from "../store/notebook-store.ts";
import { useUi } from "../store/ui-store.ts";
import { cellStatusText } from "./cell-status-text.ts";

const DRAG_TYPE = "application/x-osh-cell";

interface Props {
  cell: Cell;
  index: number;
  runtime: CellRuntime;
  stale: boolean;
  problem: string | null;
  children: ReactNode;
}

/** The frame every cell shares: name, kind, status, run/cancel, order, slides, delete. */
export function CellFrame({ cell, index, runtime, stale, problem, children }: Props) {
  const nb = useNotebook();
  const openDialog = useUi((s) => s.openDialog);
  const selected = nb.selectedId === cell.id;
  const [name, setName] = useState(cell.name);
  const [nameError, setNameError] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState(false);
  useEffect(() => setName(cell.name), [cell.name]);
  const busy = runtime.status === "running" || runtime.status === "queued";
  const runnable = cell.kind === "sql" || cell.kind === "chart" || cell.kind === "gap";
  const status = problem && runtime.status !== "error" ? problem : cellStatusText(runtime, stale);
  const statusClass =
    problem && runtime.status !== "error"
      ? "error"
      : stale && runtime.status === "done"
        ? "stale"
        : runtime.status;

  const commitName = () => {
    const error = nb.renameCell(cell.id, name.trim());
    setNameError(error);
    if (error) setName(cell.name);
  };

  return (
    <section
      className={`cell cell-${statusClass}${selected ? " selected" : ""}${dropTarget ? " drop-target" : ""}`}
      data-testid="cell"
      data-kind={cell.kind}
      data-name={cell.name}
      aria-label={t("cell.label", { index: index + 1, name: cell.name })}
      onMouseDown={() => !selected && nb.select(cell.id, nb.editing)}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes(DRAG_TYPE)) {
          e.preventDefault();
          setDropTarget(true);
        }
      }}
      onDragLeave={() => setDropTarget(false)}
      onDrop={(e) => {
        const id = e.dataTransfer.getData(DRAG_TYPE);
        setDropTarget(false);
        if (id && id !== cell.id) {
          e.preventDefault();
          nb.moveCell(id, index);
        }
      }}
    >
      <div className="cell-toolbar">
        <span
          className="drag-handle"
          draggable
          onDragStart={(e) => {
            e.dataTransfer.setData(DRAG_TYPE, cell.id);
            e.dataTransfer.effectAllowed = "move";
          }}
          title={t("cell.drag")}
          aria-hidden="true"
        >
          ⠿
        </span>
        <input
          className={`cell-name${nameError ? " invalid" : ""}`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onBlur={commitName}
          onKeyDown={(e) => {
            if (e.key === "Enter") (e.target as HTMLInputElement).blur();
          }}
          aria-label={t("cell.name")}
          title={nameError ?? t("cell.nameHint")}
          data-testid="cell-name"
          spellCheck={false}
        />
        <select
          className="cell-kind"
          value={cell.kind}
          onChange={(e) => nb.changeKind(cell.id, e.target.value as CellKind)}
          aria-label={t("cell.kind")}
        >
          {CELL_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`cell.kind.${k}`)}
            </option>
          ))}
        </select>
        {runnable &&
          (busy ? (
            <button
              type="button"
              className="btn danger"
              onClick={() => nb.cancel(cell.id)}
              data-testid="cancel"
            >
              {t("cell.cancel")} <kbd>{t("cell.cancelHint")}</kbd>
            </button>
          ) : (
            <button
              type="button"
              className="btn primary"
              onClick={() => void nb.run({ mode: "cell", id: cell.id })}
              data-testid="run"
            >
              ▶ {t("cell.run")} <kbd>{t("cell.runHint")}</kbd>
            </button>
          ))}
        <span
          className={`cell-status status-${statusClass}`}
          data-testid="cell-status"
          role="status"
          title={status}
        >
          {status}
        </span>
        {runtime.result?.resultId && (
          <button
            type="button"
            className="btn ghost"
            onClick={() =>
              openDialog({
                kind: "export-result",
                resultId: runtime.result!.resultId!,
                suggestedName: cell.name,
              })
            }
            data-testid="export-result"
          >
            ⤓ {t("io.export.button")}
          </button>
        )}
        <button
          type="button"
          className={`btn ghost${cell.hideInSlides ? " off" : ""}`}
          onClick={() => nb.toggleHideInSlides(cell.id)}
          title={t(cell.hideInSlides ? "cell.hiddenInSlides" : "cell.shownInSlides")}
          aria-pressed={!cell.hideInSlides}
        >
          ▭
        </button>
        <button
          type="button"
          className="btn ghost"
          onClick={() => nb.deleteCell(cell.id)}
          title={t("cell.delete")}
          data-testid="delete-cell"
        >
          ✕
        </button>
      </div>
      {nameError && <div className="cell-error small">{nameError}</div>}
      {children}
    </section>
  );
}
