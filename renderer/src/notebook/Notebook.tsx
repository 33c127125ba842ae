import { useEffect } from "react";
import type { Cell, CellKind } from "../../../shared/notebook/notebook-schema.ts";
import { t } from "../i18n/t.ts";
import { idleRuntime } from "../store/cell-types.ts";
import { useNotebook } from "../store/notebook-store.ts";
import { CellFrame } from "./CellFrame.tsx";
import type { EditorKeys } from "./CodeEditor.tsx";
import { type CellBodyProps, cellBody } from "./cell-bodies.ts";
import { InputCellBody } from "./cells/InputCellBody.tsx";
import { MarkdownCellBody } from "./cells/MarkdownCellBody.tsx";
import { PendingCellBody } from "./cells/PendingCellBody.tsx";
import { SqlCellBody } from "./cells/SqlCellBody.tsx";
import { NotebookToolbar } from "./NotebookToolbar.tsx";
import { RecoveryBanner } from "./RecoveryBanner.tsx";
import { useNotebookKeys } from "./use-notebook-keys.ts";

const ADDABLE: CellKind[] = ["sql", "markdown", "input", "chart", "gap"];

function editorKeys(cell: Cell, next: Cell | undefined): EditorKeys {
  const nb = () => useNotebook.getState();
  const leaveEditing = () => {
    nb().setEditing(false);
    (document.activeElement as HTMLElement | null)?.blur();
  };
  return {
    onRun: () => {
      if (cell.kind === "markdown") leaveEditing();
      else void nb().run({ mode: "cell", id: cell.id });
      if (next) nb().select(next.id);
    },
    onRunStay: () => {
      if (cell.kind === "markdown") leaveEditing();
      else void nb().run({ mode: "cell", id: cell.id });
    },
    onEscape: () => {
      const status = nb().runtime[cell.id]?.status;
      if (status === "running" || status === "queued") nb().cancel(cell.id);
      else leaveEditing();
    },
    onFocus: () => nb().select(cell.id, true),
  };
}

/** Chart and gap cells draw the body their module registered, or show their settings until then. */
function RegisteredBody(props: CellBodyProps) {
  const Body = cellBody(props.cell.kind);
  return Body ? <Body {...props} /> : <PendingCellBody cell={props.cell} />;
}

export function Notebook() {
  const cells = useNotebook((s) => s.cells);
  const runtime = useNotebook((s) => s.runtime);
  const stale = useNotebook((s) => s.stale);
  const analysis = useNotebook((s) => s.analysis);
  const selectedId = useNotebook((s) => s.selectedId);
  const editing = useNotebook((s) => s.editing);
  const addCell = useNotebook((s) => s.addCell);
  const title = useNotebook((s) => s.title);
  const dirty = useNotebook((s) => s.dirty);
  useNotebookKeys();

  useEffect(() => {
    document.title = `${dirty ? "● " : ""}${title || t("file.untitled")} — ${t("app.title")}`;
  }, [title, dirty]);

  return (
    <main className="notebook" aria-label={t("notebook.title")}>
      <NotebookToolbar />
      <RecoveryBanner />
      {cells.map((cell, i) => {
        const rt = runtime[cell.id] ?? idleRuntime;
        const a = analysis[cell.name];
        const problem = a?.syntaxError?.message ?? a?.blocked ?? null;
        const keys = editorKeys(cell, cells[i + 1]);
        return (
          <CellFrame
            key={cell.id}
            cell={cell}
            index={i}
            runtime={rt}
            stale={stale.includes(cell.name)}
            problem={cell.kind === "sql" || cell.kind === "chart" || cell.kind === "gap" ? problem : null}
          >
            {cell.kind === "sql" && <SqlCellBody cell={cell} runtime={rt} keys={keys} />}
            {cell.kind === "markdown" && (
              <MarkdownCellBody cell={cell} editing={editing && selectedId === cell.id} keys={keys} />
            )}
            {cell.kind === "input" && <InputCellBody cell={cell} />}
            {(cell.kind === "chart" || cell.kind === "gap") && (
              <RegisteredBody
                cell={cell}
                runtime={rt}
                stale={stale.includes(cell.name)}
                selected={selectedId === cell.id}
              />
            )}
          </CellFrame>
        );
      })}
      <div className="add-cells">
        {ADDABLE.map((kind) => (
          <button
            key={kind}
            type="button"
            className="btn add-cell"
            onClick={() => addCell(kind, { after: cells[cells.length - 1]?.id })}
            data-testid={`add-${kind}-cell`}
          >
            + {t(`cell.kind.${kind}`)}
          </button>
        ))}
      </div>
    </main>
  );
}
