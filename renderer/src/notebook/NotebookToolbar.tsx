import { t } from "../i18n/t.ts";
import { useFiles } from "../store/notebook-files.ts";
import { useNotebook } from "../store/notebook-store.ts";
import { useUi } from "../store/ui-store.ts";

/** Title, file and dirty marker, file commands, and the notebook-wide run commands. */
export function NotebookToolbar() {
  const title = useNotebook((s) => s.title);
  const path = useNotebook((s) => s.path);
  const dirty = useNotebook((s) => s.dirty);
  const autoRun = useNotebook((s) => s.autoRun);
  const staleCount = useNotebook((s) => s.stale.length);
  const nb = useNotebook.getState;
  const files = useFiles();
  const openDialog = useUi((s) => s.openDialog);

  return (
    <div className="notebook-toolbar">
      <div className="notebook-title-row">
        <input
          className="notebook-title"
          value={title}
          onChange={(e) => nb().setTitle(e.target.value)}
          aria-label={t("file.title")}
          data-testid="notebook-title"
        />
        <span className="file-name muted small" data-testid="file-name">
          {path ?? t("file.notSaved")}
          {dirty && (
            <span className="dirty" title={t("file.dirty")} data-testid="dirty-marker">
              {" "}
              ●
            </span>
          )}
        </span>
      </div>
      <div className="toolbar-buttons">
        <button type="button" className="btn" onClick={() => void files.newNotebook()}>
          {t("cmd.new")}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => openDialog({ kind: "open-notebook" })}
          data-testid="open-notebook"
        >
          {t("cmd.open")}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => (path ? void files.save() : openDialog({ kind: "save-as" }))}
          data-testid="save-notebook"
        >
          {t("cmd.save")}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => openDialog({ kind: "save-as" })}
          data-testid="save-as"
        >
          {t("cmd.saveAs")}
        </button>
        <span className="toolbar-sep" />
        <button
          type="button"
          className="btn"
          onClick={() => void nb().run({ mode: "all" })}
          data-testid="run-all"
        >
          ▶▶ {t("cmd.runAll")}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => void nb().run({ mode: "stale" })}
          disabled={staleCount === 0}
          data-testid="run-stale"
        >
          {t("cmd.runStale")} ({staleCount})
        </button>
        <label className="check">
          <input
            type="checkbox"
            checked={autoRun}
            onChange={(e) => nb().setAutoRun(e.target.checked)}
            data-testid="auto-run"
          />
          {t("notebook.autoRun")}
        </label>
        <span className="toolbar-sep" />
        <button
          type="button"
          className="btn"
          onClick={() => useUi.getState().startPresenting()}
          data-testid="present"
        >
          ▶ {t("present.start")}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => openDialog({ kind: "export-report" })}
          data-testid="export-report"
        >
          ⤓ {t("report.button")}
        </button>
        <span className="toolbar-sep" />
        <button
          type="button"
          className="btn ghost"
          onClick={() => openDialog({ kind: "palette" })}
          title={`${t("cmd.palette")} (Ctrl+Shift+P)`}
          aria-label={t("cmd.palette")}
        >
          ⌘ P
        </button>
      </div>
      {files.message && (
        <div
          className={`file-message ${files.message.ok ? "ok" : "error"}`}
          role={files.message.ok ? "status" : "alert"}
          data-testid="file-message"
        >
          {files.message.text}
          <button
            type="button"
            className="btn ghost"
            onClick={files.dismissMessage}
            aria-label={t("common.close")}
          >
            ✕
          </button>
        </div>
      )}
    </div>
  );
}
