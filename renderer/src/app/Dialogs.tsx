import { ExportResultDialog } from "../io/ExportResultDialog.tsx";
import { ImportDialog } from "../io/ImportDialog.tsx";
import { useUi } from "../store/ui-store.ts";

/** The one open dialog, if any. */
export function Dialogs() {
  const dialog = useUi((s) => s.dialog);
  if (!dialog) return null;
  switch (dialog.kind) {
    case "import":
      return <ImportDialog initialPath={dialog.path} />;
    case "export-result":
      return <ExportResultDialog resultId={dialog.resultId} suggestedName={dialog.suggestedName} />;
  }
}
