import { ExportReportDialog } from "../io/ExportReportDialog.tsx";
import { ExportResultDialog } from "../io/ExportResultDialog.tsx";
import { ImportDialog } from "../io/ImportDialog.tsx";
import { CommandPalette } from "../notebook/CommandPalette.tsx";
import { OpenNotebookDialog } from "../notebook/OpenNotebookDialog.tsx";
import { SaveAsDialog } from "../notebook/SaveAsDialog.tsx";
import { useUi } from "../store/ui-store.ts";

/** The one open dialog, if any. */
export function Dialogs() {
  const dialog = useUi((s) => s.dialog);
  if (!dialog) return null;
  switch (dialog.kind) {
    case "import":
      return <ImportDialog initialPath={dialog.path} />;
    case "export-result":
      return (
        <ExportResultDialog source={{ resultId: dialog.resultId }} suggestedName={dialog.suggestedName} />
      );
    case "export-table":
      return <ExportResultDialog source={{ table: dialog.table }} suggestedName={dialog.table} />;
    case "palette":
      return <CommandPalette />;
    case "open-notebook":
      return <OpenNotebookDialog />;
    case "save-as":
      return <SaveAsDialog />;
    case "export-report":
      return <ExportReportDialog />;
  }
}
