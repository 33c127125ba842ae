import { ResultGrid } from "../grid/ResultGrid.tsx";
import { t } from "../i18n/t.ts";
import type { SqlCellState } from "../store/cell-types.ts";
import { useUi } from "../store/ui-store.ts";
import { useWorkbench } from "../store/workbench-store.ts";
import { SqlEditor } from "./SqlEditor.tsx";

function statusText(cell: SqlCellState): string {
  switch (cell.status) {
    case "running":
      return t("cell.status.running");
    case "cancelled":
      return t("cell.status.cancelled");
    case "error":
      return cell.error?.message.split("\n")[0] ?? "";
    case "done": {
      const r = cell.result!;
      const ms = Math.round(r.elapsedMs);
      if (!r.resultId && r.statementType !== "SELECT") {
        return t("cell.status.doneStatement", { statement: r.statementType, ms });
      }
      return r.rowCount === 1
        ? t("cell.status.doneOne", { ms })
        : t("cell.status.done", { rows: r.rowCount.toLocaleString("en-US"), ms });
    }
    default:
      return t("cell.status.idle");
  }
}

export function SqlCell({ cell, index }: { cell: SqlCellState; index: number }) {
  const { client, setSource, runCell, cancelCell, deleteCell } = useWorkbench();
  const openDialog = useUi((s) => s.openDialog);
  const running = cell.status === "running";
  return (
    <section
      className={`cell cell-${cell.status}`}
      data-testid="sql-cell"
      aria-label={`SQL cell ${index + 1}`}
    >
      <div className="cell-toolbar">
        <span className="cell-label">[{index + 1}] SQL</span>
        {running ? (
          <button
            type="button"
            className="btn danger"
            onClick={() => cancelCell(cell.id)}
            data-testid="cancel"
          >
            {t("cell.cancel")} <kbd>{t("cell.cancelHint")}</kbd>
          </button>
        ) : (
          <button
            type="button"
            className="btn primary"
            onClick={() => void runCell(cell.id)}
            data-testid="run"
          >
            ▶ {t("cell.run")} <kbd>{t("cell.runHint")}</kbd>
          </button>
        )}
        <span className={`cell-status status-${cell.status}`} data-testid="cell-status" role="status">
          {statusText(cell)}
        </span>
        {cell.result?.resultId && (
          <button
            type="button"
            className="btn ghost"
            onClick={() =>
              openDialog({
                kind: "export-result",
                resultId: cell.result!.resultId!,
                suggestedName: `result_${index + 1}`,
              })
            }
            data-testid="export-result"
          >
            ⤓ {t("io.export.button")}
          </button>
        )}
        <button
          type="button"
          className="btn ghost"
          onClick={() => deleteCell(cell.id)}
          title={t("cell.delete")}
        >
          ✕
        </button>
      </div>
      <SqlEditor
        value={cell.source}
        onChange={(v) => setSource(cell.id, v)}
        onRun={() => void runCell(cell.id)}
        onCancel={() => cancelCell(cell.id)}
        error={cell.error}
        placeholderText={t("cell.placeholder")}
      />
      {cell.status === "error" && cell.error && (
        <div className="cell-error" data-testid="cell-error" role="alert">
          {cell.error.position && (
            <strong>
              {t("cell.error.at", { line: cell.error.position.line, column: cell.error.position.column })}:{" "}
            </strong>
          )}
          <pre>{cell.error.message}</pre>
        </div>
      )}
      {cell.result && client && cell.status !== "error" && (
        <ResultGrid
          key={cell.result.resultId ?? `${cell.id}-inline-${cell.result.elapsedMs}`}
          client={client}
          resultId={cell.result.resultId}
          columns={cell.result.columns}
          rowCount={cell.result.rowCount}
          firstWindow={cell.result.firstWindow}
        />
      )}
    </section>
  );
}
