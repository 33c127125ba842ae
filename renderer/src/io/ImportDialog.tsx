import { useCallback, useEffect, useRef, useState } from "react";
import { EngineCallError } from "../../../shared/protocol/engine-client.ts";
import type { ResultOf } from "../../../shared/protocol/methods.ts";
import type { ImportOverridesWire } from "../../../shared/protocol/methods-io.ts";
import { t } from "../i18n/t.ts";
import { useNotebook } from "../store/notebook-store.ts";
import { useUi } from "../store/ui-store.ts";
import { quoteIdent, useWorkbench } from "../store/workbench-store.ts";
import { FileBrowser } from "./FileBrowser.tsx";

const DATA_FILES = /\.(csv|tsv|txt|xlsx|parquet|json|ndjson|jsonl)$/i;
const TYPES = ["VARCHAR", "BIGINT", "INTEGER", "DOUBLE", "DECIMAL(18,3)", "DATE", "TIMESTAMP", "BOOLEAN"];

type Preview = ResultOf<"import.preview">;

function errorText(e: unknown): string {
  if (e instanceof EngineCallError && e.where) return `${e.message}`;
  return e instanceof Error ? e.message : String(e);
}

/** File > Import: pick a file, check the detected dialect and types on a preview, load it. */
export function ImportDialog({ initialPath }: { initialPath?: string }) {
  const client = useWorkbench((s) => s.client);
  const refreshCatalog = useWorkbench((s) => s.refreshCatalog);
  const addCell = useNotebook((s) => s.addCell);
  const run = useNotebook((s) => s.run);
  const closeDialog = useUi((s) => s.closeDialog);
  const [path, setPath] = useState<string | undefined>(initialPath);
  const [overrides, setOverrides] = useState<ImportOverridesWire>({});
  const [preview, setPreview] = useState<Preview | null>(null);
  const [table, setTable] = useState("");
  const [replace, setReplace] = useState(false);
  const [types, setTypes] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ fraction: number | null; phase: string } | null>(null);
  const abort = useRef<AbortController | null>(null);

  const loadPreview = useCallback(
    (p: string, o: ImportOverridesWire) => {
      setError(null);
      client?.call("import.preview", { path: p, options: o }).then(
        (r) => {
          setPreview(r);
          setTable((cur) => cur || r.suggestedTable);
        },
        (e: unknown) => {
          setPreview(null);
          setError(errorText(e));
        },
      );
    },
    [client],
  );

  useEffect(() => {
    if (path) loadPreview(path, overrides);
  }, [path, overrides, loadPreview]);

  const detected = preview?.detected as
    | { format?: string; encoding?: string; csv?: Record<string, unknown>; xlsx?: Record<string, unknown> }
    | undefined;
  const csv = { ...(detected?.csv ?? {}), ...(overrides.csv ?? {}) };
  const setCsv = (patch: NonNullable<ImportOverridesWire["csv"]>) =>
    setOverrides((o) => ({ ...o, csv: { ...(o.csv ?? {}), ...patch } }));

  const runImport = async () => {
    if (!client || !path) return;
    const controller = new AbortController();
    abort.current = controller;
    setError(null);
    setProgress({ fraction: null, phase: "reading" });
    try {
      const r = await client.call(
        "import.run",
        { path, table, replace, options: overrides, columnTypes: types },
        {
          signal: controller.signal,
          onProgress: (fraction, phase) => setProgress({ fraction, phase: phase ?? "" }),
        },
      );
      await refreshCatalog();
      closeDialog();
      const last = useNotebook.getState().cells.at(-1)?.id;
      const id = addCell("sql", { after: last }, `SELECT *\nFROM ${quoteIdent(r.table)}\nLIMIT 1000`);
      void run({ mode: "cell", id });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setProgress(null);
    }
  };

  return (
    <div className="dialog-backdrop">
      <div
        className="dialog import-dialog"
        role="dialog"
        aria-label={t("io.import.title")}
        data-testid="import-dialog"
      >
        <div className="dialog-head">
          <h2>{t("io.import.title")}</h2>
          <button type="button" className="btn ghost" onClick={closeDialog} aria-label={t("common.close")}>
            ✕
          </button>
        </div>
        {!path && <FileBrowser accept={DATA_FILES} onPick={setPath} />}
        {path && (
          <>
            <p className="small">
              <strong>{t("io.import.file")}</strong> {path}{" "}
              <button
                type="button"
                className="btn link"
                onClick={() => {
                  setPath(undefined);
                  setPreview(null);
                }}
              >
                {t("io.import.otherFile")}
              </button>
            </p>
            {detected && (
              <fieldset className="import-options">
                <legend>{t("io.import.options", { format: detected.format ?? "" })}</legend>
                {detected.format === "csv" && (
                  <>
                    <label>
                      {t("io.import.encoding")}
                      <select
                        value={overrides.encoding ?? detected.encoding}
                        onChange={(e) =>
                          setOverrides((o) => ({
                            ...o,
                            encoding: e.target.value as ImportOverridesWire["encoding"],
                          }))
                        }
                        data-testid="encoding"
                      >
                        {["utf-8", "windows-1251", "koi8-r", "utf-16le", "utf-16be"].map((x) => (
                          <option key={x}>{x}</option>
                        ))}
                      </select>
                    </label>
                    <label>
                      {t("io.import.delimiter")}
                      <select
                        value={String(csv.delimiter)}
                        onChange={(e) => setCsv({ delimiter: e.target.value as "," })}
                        data-testid="delimiter"
                      >
                        <option value=",">,</option>
                        <option value=";">;</option>
                        <option value={"\t"}>Tab</option>
                        <option value="|">|</option>
                      </select>
                    </label>
                    <label>
                      {t("io.import.decimal")}
                      <select
                        value={String(csv.decimalSeparator)}
                        onChange={(e) => setCsv({ decimalSeparator: e.target.value as "." })}
                        data-testid="decimal"
                      >
                        <option value=".">.</option>
                        <option value=",">,</option>
                      </select>
                    </label>
                    <label>
                      {t("io.import.thousands")}
                      <select
                        value={String(csv.thousandsSeparator)}
                        onChange={(e) => setCsv({ thousandsSeparator: e.target.value as "" })}
                      >
                        <option value="">{t("io.import.none")}</option>
                        <option value=" ">{t("io.import.space")}</option>
                        <option value=".">.</option>
                        <option value=",">,</option>
                      </select>
                    </label>
                    <label className="check">
                      <input
                        type="checkbox"
                        checked={Boolean(csv.header)}
                        onChange={(e) => setCsv({ header: e.target.checked })}
                      />
                      {t("io.import.header")}
                    </label>
                    <label>
                      {t("io.import.dateFormat")}
                      <input
                        value={String(csv.dateFormat ?? "")}
                        placeholder="%d.%m.%Y"
                        onChange={(e) => setCsv({ dateFormat: e.target.value || null })}
                      />
                    </label>
                  </>
                )}
                {detected.format === "xlsx" && preview?.sheets && (
                  <label>
                    {t("io.import.sheet")}
                    <select
                      value={String(overrides.xlsx?.sheet ?? detected.xlsx?.sheet ?? "")}
                      onChange={(e) =>
                        setOverrides((o) => ({ ...o, xlsx: { ...(o.xlsx ?? {}), sheet: e.target.value } }))
                      }
                    >
                      {preview.sheets.map((s) => (
                        <option key={s}>{s}</option>
                      ))}
                    </select>
                  </label>
                )}
              </fieldset>
            )}
            {preview && preview.warnings.length > 0 && (
              <ul className="warnings">
                {preview.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            )}
            {preview && (
              <div className="preview-table" data-testid="import-preview">
                <table>
                  <thead>
                    <tr>
                      {preview.columns.map((c) => (
                        <th key={c.name}>
                          <div>{c.name}</div>
                          <select
                            aria-label={t("io.import.typeOf", { column: c.name })}
                            value={types[c.name] ?? c.type}
                            onChange={(e) => setTypes((x) => ({ ...x, [c.name]: e.target.value }))}
                          >
                            {[...new Set([c.type, ...TYPES])].map((ty) => (
                              <option key={ty}>{ty}</option>
                            ))}
                          </select>
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {preview.rows.slice(0, 12).map((row, r) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: preview rows have no identity of their own
                      <tr key={r}>
                        {row.map((v, i) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional here
                          <td key={i} className={v === null ? "null" : ""}>
                            {v === null ? t("grid.null") : String(v)}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <div className="dialog-actions">
              <label>
                {t("io.import.table")}
                <input value={table} onChange={(e) => setTable(e.target.value)} data-testid="table-name" />
              </label>
              <label className="check">
                <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} />
                {t("io.import.replace")}
              </label>
              {progress ? (
                <>
                  <progress
                    value={progress.fraction ?? undefined}
                    max={1}
                    aria-label={t("io.import.progress")}
                  />
                  <span className="small">{progress.phase}</span>
                  <button type="button" className="btn danger" onClick={() => abort.current?.abort()}>
                    {t("cell.cancel")}
                  </button>
                </>
              ) : (
                <button
                  type="button"
                  className="btn primary"
                  disabled={!preview || !table}
                  onClick={() => void runImport()}
                  data-testid="run-import"
                >
                  {t("io.import.run")}
                </button>
              )}
            </div>
          </>
        )}
        {error && (
          <div className="cell-error" role="alert" data-testid="import-error">
            {error}
          </div>
        )}
      </div>
    </div>
  );
}
