import type { Cell } from "../../../../shared/notebook/notebook-schema.ts";
import { t } from "../../i18n/t.ts";
import { MarkdownView } from "../../markdown/MarkdownView.tsx";
import { useNotebook } from "../../store/notebook-store.ts";
import { CodeEditor, type EditorKeys } from "../CodeEditor.tsx";

/** Rendered text; double-click (or Enter in command mode) to edit, Shift+Enter to render again. */
export function MarkdownCellBody({
  cell,
  editing,
  keys,
}: {
  cell: Cell;
  editing: boolean;
  keys: EditorKeys;
}) {
  const setSource = useNotebook((s) => s.setSource);
  const select = useNotebook((s) => s.select);
  if (editing) {
    return (
      <CodeEditor
        language="text"
        value={cell.source}
        onChange={(v) => setSource(cell.id, v)}
        error={null}
        placeholderText={t("cell.markdownPlaceholder")}
        autoFocus
        {...keys}
      />
    );
  }
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: double-click to edit, as in Jupyter; Enter does the same from the keyboard
    <div className="markdown-cell" onDoubleClick={() => select(cell.id, true)} data-testid="markdown-view">
      {cell.source.trim() ? (
        <MarkdownView source={cell.source} />
      ) : (
        <p className="muted">{t("cell.markdownEmpty")}</p>
      )}
    </div>
  );
}
