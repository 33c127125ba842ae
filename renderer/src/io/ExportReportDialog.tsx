import { useState } from "react";
import { t } from "../i18n/t.ts";
import { useNotebook } from "../store/notebook-store.ts";
import { useUi } from "../store/ui-store.ts";
import { useWorkbench } from "../store/workbench-store.ts";
import { downloadBytes } from "./download-bytes.ts";

type Format = "html" | "pdf" | "docx" | "pptx";
const MIME: Record<Format, string> = {
  html: "text/html",
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
};

/** The whole notebook as a report: the engine runs it and writes the document. */
export function ExportReportDialog() {
  const client = useWorkbench((s) => s.client);
  const closeDialog = useUi((s) => s.closeDialog);
  const [format, setFormat] = useState<Format>("docx");
  const [keepGoing, setKeepGoing] = useState(true);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const run = async () => {
    if (!client) return;
    const nb = useNotebook.getState();
    setBusy(true);
    setStatus(null);
    try {
      const r = await client.call("report.render", {
        notebook: { version: 1, title: nb.title, cells: nb.cells },
        format,
        where: nb.path ?? nb.title,
        keepGoing,
      });
      downloadBytes(r.data, r.fileName, MIME[format]);
      const pages = r.pages ? ` (${t("report.pages", { pages: r.pages })})` : "";
      setStatus({ ok: true, text: t("report.done", { file: r.fileName }) + pages });
    } catch (e) {
      setStatus({ ok: false, text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="dialog" aria-label={t("report.title")} data-testid="report-dialog">
        <div className="dialog-head">
          <h2>{t("report.title")}</h2>
          <button type="button" className="btn ghost" onClick={closeDialog} aria-label={t("common.close")}>
            ✕
          </button>
        </div>
        <p className="small muted">{t("report.explain")}</p>
        <div className="form-grid">
          <label>
            {t("report.format")}
            <select
              value={format}
              onChange={(e) => setFormat(e.target.value as Format)}
              data-testid="report-format"
            >
              <option value="docx">{t("report.format.docx")}</option>
              <option value="pdf">{t("report.format.pdf")}</option>
              <option value="html">{t("report.format.html")}</option>
              <option value="pptx">{t("report.format.pptx")}</option>
            </select>
          </label>
          <label className="check">
            <input type="checkbox" checked={keepGoing} onChange={(e) => setKeepGoing(e.target.checked)} />
            {t("report.keepGoing")}
          </label>
        </div>
        <div className="dialog-actions">
          <button
            type="button"
            className="btn primary"
            onClick={() => void run()}
            disabled={busy}
            data-testid="run-report"
          >
            {busy ? t("report.working") : t("report.run")}
          </button>
        </div>
        {status && (
          <p className={status.ok ? "ok-text" : "cell-error"} role="status" data-testid="report-status">
            {status.text}
          </p>
        )}
      </div>
    </div>
  );
}
