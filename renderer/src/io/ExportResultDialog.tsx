import { useEffect, useState } from "react";
import { t } from "../i18n/t.ts";
import { useUi } from "../store/ui-store.ts";
import { useWorkbench } from "../store/workbench-store.ts";

type Format = "csv" | "xlsx" | "parquet";

/** What is exported: a cell's result, or a table of the workspace. */
export type ExportSource = { resultId: string } | { table: string };

/** Saves a result or a table as CSV (optionally Excel-friendly), XLSX or Parquet on the local disk. */
export function ExportResultDialog({
  source,
  suggestedName,
}: {
  source: ExportSource;
  suggestedName: string;
}) {
  const client = useWorkbench((s) => s.client);
  const closeDialog = useUi((s) => s.closeDialog);
  const [format, setFormat] = useState<Format>("xlsx");
  const [excelFriendly, setExcelFriendly] = useState(true);
  const [dir, setDir] = useState("");
  const [name, setName] = useState(suggestedName);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    client?.call("files.browse", {}).then((r) => setDir(r.dir));
  }, [client]);

  const sep = dir.includes("\\") && !dir.includes("/") ? "\\" : "/";
  const file = `${dir}${dir.endsWith(sep) ? "" : sep}${name}.${format}`;

  const save = async () => {
    if (!client) return;
    setStatus(null);
    try {
      const r = await client.call("export.table", {
        source,
        path: file,
        format,
        excelFriendly: format === "csv" ? excelFriendly : undefined,
        locale: navigator.language,
      });
      const synthetic = r.synthetic ? ` ${t("io.export.synthetic")}` : "";
      setStatus({ ok: true, text: t("io.export.done", { rows: r.rows, file: r.file }) + synthetic });
    } catch (e) {
      setStatus({ ok: false, text: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="dialog" aria-label={t("io.export.title")} data-testid="export-dialog">
        <div className="dialog-head">
          <h2>{t("io.export.title")}</h2>
          <button type="button" className="btn ghost" onClick={closeDialog} aria-label={t("common.close")}>
            ✕
          </button>
        </div>
        <div className="form-grid">
          <label>
            {t("io.export.format")}
            <select
              value={format}
              onChange={(e) => setFormat(e.target.value as Format)}
              data-testid="export-format"
            >
              <option value="xlsx">XLSX</option>
              <option value="csv">CSV</option>
              <option value="parquet">Parquet</option>
            </select>
          </label>
          {format === "csv" && (
            <label className="check">
              <input
                type="checkbox"
                checked={excelFriendly}
                onChange={(e) => setExcelFriendly(e.target.checked)}
              />
              {t("io.export.excelFriendly")}
            </label>
          )}
          <label>
            {t("io.export.folder")}
            <input
              value={dir}
              onChange={(e) => setDir(e.target.value)}
              data-testid="export-folder"
              spellCheck={false}
            />
          </label>
          <label>
            {t("io.export.name")}
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              data-testid="export-name"
              spellCheck={false}
            />
          </label>
        </div>
        <p className="small muted">{file}</p>
        <div className="dialog-actions">
          <button type="button" className="btn primary" onClick={() => void save()} data-testid="run-export">
            {t("io.export.save")}
          </button>
        </div>
        {status && (
          <p className={status.ok ? "ok-text" : "cell-error"} role="status" data-testid="export-status">
            {status.text}
          </p>
        )}
      </div>
    </div>
  );
}
