import type { SQLNamespace } from "@codemirror/lang-sql";
import { useMemo } from "react";
import type { Cell } from "../../../../shared/notebook/notebook-schema.ts";
import { ResultGrid } from "../../grid/ResultGrid.tsx";
import { t } from "../../i18n/t.ts";
import type { CellRuntime } from "../../store/cell-types.ts";
import { useNotebook } from "../../store/notebook-store.ts";
import { useWorkbench } from "../../store/workbench-store.ts";
import { CodeEditor, type EditorKeys } from "../CodeEditor.tsx";

/** Tables and earlier cells' results with their columns, for completion. */
function useCompletionSchema(): SQLNamespace {
  const catalog = useWorkbench((s) => s.catalog);
  const cells = useNotebook((s) => s.cells);
  const runtime = useNotebook((s) => s.runtime);
  return useMemo(() => {
    const schema: Record<string, string[]> = {};
    for (const table of catalog) schema[table.name] = table.columns.map((c) => c.name);
    for (const cell of cells) {
      const cols = runtime[cell.id]?.result?.columns;
      if (cell.kind === "sql") schema[cell.name] = cols ? cols.map((c) => c.name) : [];
    }
    return schema;
  }, [catalog, cells, runtime]);
}

export function SqlCellBody({ cell, runtime, keys }: { cell: Cell; runtime: CellRuntime; keys: EditorKeys }) {
  const client = useWorkbench((s) => s.client);
  const functions = useWorkbench((s) => s.functions);
  const setSource = useNotebook((s) => s.setSource);
  const schema = useCompletionSchema();
  return (
    <>
      <CodeEditor
        language="sql"
        value={cell.source}
        onChange={(v) => setSource(cell.id, v)}
        error={runtime.error}
        placeholderText={t("cell.placeholder")}
        schema={schema}
        functions={functions}
        {...keys}
      />
      {runtime.status === "error" && runtime.error && (
        <div className="cell-error" data-testid="cell-error" role="alert">
          {runtime.error.position && (
            <strong>
              {t("cell.error.at", {
                line: runtime.error.position.line,
                column: runtime.error.position.column,
              })}
              :{" "}
            </strong>
          )}
          <pre>{runtime.error.message}</pre>
        </div>
      )}
      {runtime.result && client && runtime.status !== "error" && (
        <ResultGrid
          key={`${runtime.result.resultId}-${runtime.result.elapsedMs}`}
          client={client}
          resultId={runtime.result.resultId}
          columns={runtime.result.columns}
          rowCount={runtime.result.rowCount}
          firstWindow={runtime.result.firstWindow}
        />
      )}
    </>
  );
}
