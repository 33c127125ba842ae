import { useState } from "react";
import { fileNameFromTitle } from "../../../shared/file-name-slug.ts";
import { t } from "../i18n/t.ts";
import { useFiles } from "../store/notebook-files.ts";
import { useNotebook } from "../store/notebook-store.ts";
import { useUi } from "../store/ui-store.ts";

/** Save As: a file name inside the workspace's notebooks folder. */
export function SaveAsDialog() {
  const closeDialog = useUi((s) => s.closeDialog);
  const saveAs = useFiles((s) => s.saveAs);
  const title = useNotebook((s) => s.title);
  const current = useNotebook((s) => s.path);
  const [name, setName] = useState(current ?? fileNameFromTitle(title, "notebook", "json"));
  return (
    <div className="dialog-backdrop">
      <form
        className="dialog"
        aria-label={t("cmd.saveAs")}
        data-testid="save-as-dialog"
        onSubmit={async (e) => {
          e.preventDefault();
          const path = name.endsWith(".json") ? name : `${name}.json`;
          if (await saveAs(path)) closeDialog();
        }}
      >
        <div className="dialog-head">
          <h2>{t("cmd.saveAs")}</h2>
          <button type="button" className="btn ghost" onClick={closeDialog} aria-label={t("common.close")}>
            ✕
          </button>
        </div>
        <label>
          {t("file.name")}
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            data-testid="save-as-name"
            spellCheck={false}
          />
        </label>
        <div className="dialog-actions">
          <button type="submit" className="btn primary" data-testid="save-as-confirm">
            {t("cmd.save")}
          </button>
        </div>
      </form>
    </div>
  );
}
