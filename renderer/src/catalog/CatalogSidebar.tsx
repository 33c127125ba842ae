import { useState } from "react";
import type { CatalogTable } from "../../../shared/protocol/methods.ts";
import { useLocale } from "../i18n/locale-store.ts";
import { t } from "../i18n/t.ts";
import { useNotebook } from "../store/notebook-store.ts";
import { useUi } from "../store/ui-store.ts";
import { quoteIdent, useWorkbench } from "../store/workbench-store.ts";
import { ProvenancePanel } from "./ProvenancePanel.tsx";

/** Tables grouped by the dataset they came from (bundled, imported, synthetic...) */
function byDataset(tables: CatalogTable[]): [string, CatalogTable[]][] {
  const groups = new Map<string, CatalogTable[]>();
  for (const table of tables) {
    const key = table.meta?.datasetId ?? "";
    groups.set(key, [...(groups.get(key) ?? []), table]);
  }
  return [...groups].sort(([a], [b]) => (a === "" ? 1 : b === "" ? -1 : a.localeCompare(b)));
}

function datasetLabel(id: string): string {
  if (id === "") return t("catalog.dataset.workspace");
  if (id === "osh_ict_bundled") return t("catalog.dataset.bundled");
  if (id === "imported") return t("catalog.dataset.imported");
  return id;
}

export function CatalogSidebar() {
  const catalog = useWorkbench((s) => s.catalog);
  const refreshCatalog = useWorkbench((s) => s.refreshCatalog);
  const locale = useLocale((s) => s.locale);
  const addCell = useNotebook((s) => s.addCell);
  const run = useNotebook((s) => s.run);
  const lastCellId = useNotebook((s) => s.cells[s.cells.length - 1]?.id);
  const addSqlCell = (sql: string) => addCell("sql", { after: lastCellId }, sql);
  const [selected, setSelected] = useState<string | null>(null);
  const selectedTable = catalog.find((x) => `${x.schema}.${x.name}` === selected) ?? null;

  return (
    <aside className="sidebar" aria-label={t("catalog.title")} data-testid="catalog">
      <div className="sidebar-head">
        <h2>{t("catalog.title")}</h2>
        <button type="button" className="btn ghost" onClick={() => void refreshCatalog()}>
          ⟳ {t("catalog.refresh")}
        </button>
      </div>
      {catalog.length === 0 && <p className="muted">{t("catalog.empty")}</p>}
      {byDataset(catalog).map(([dataset, tables]) => (
        <div key={dataset} className="dataset">
          <h3 className="dataset-title">{datasetLabel(dataset)}</h3>
          <ul className="catalog-list">
            {tables.map((table) => {
              const key = `${table.schema}.${table.name}`;
              const qualified =
                table.schema === "main"
                  ? quoteIdent(table.name)
                  : `${quoteIdent(table.schema)}.${quoteIdent(table.name)}`;
              return (
                <li
                  key={key}
                  className={`catalog-table${selected === key ? " selected" : ""}`}
                  data-testid="catalog-table"
                >
                  <details onToggle={(e) => e.currentTarget.open && setSelected(key)}>
                    <summary title={table.meta?.description ?? undefined}>
                      <span className="table-name">{qualified}</span>
                      {table.meta?.synthetic && (
                        <span className="badge synthetic">{t("catalog.synthetic")}</span>
                      )}
                      <span className="muted small">
                        {table.kind === "view"
                          ? t("catalog.view")
                          : t("catalog.rows", {
                              count: (table.rowCount ?? 0).toLocaleString(
                                locale === "ru" ? "ru-RU" : "en-US",
                              ),
                            })}
                      </span>
                    </summary>
                    <div className="table-actions">
                      <button
                        type="button"
                        className="btn link"
                        onClick={() => addSqlCell(`SELECT *\nFROM ${qualified}\nLIMIT 1000`)}
                      >
                        {t("catalog.insertSelect")}
                      </button>
                      <button
                        type="button"
                        className="btn link"
                        onClick={() => void run({ mode: "cell", id: addSqlCell(`SUMMARIZE ${qualified}`) })}
                      >
                        {t("catalog.profile")}
                      </button>
                      {table.schema === "main" && (
                        <button
                          type="button"
                          className="btn link"
                          onClick={() =>
                            useUi.getState().openDialog({ kind: "export-table", table: table.name })
                          }
                          data-testid="export-table"
                        >
                          {t("catalog.export")}
                        </button>
                      )}
                      <button
                        type="button"
                        className="btn link"
                        onClick={() => setSelected(key)}
                        data-testid="show-sources"
                      >
                        {t("catalog.sources")}
                      </button>
                    </div>
                    <ul className="column-list">
                      {table.columns.map((c) => (
                        <li key={c.name}>
                          <span>{c.name}</span> <span className="muted small">{c.type}</span>
                        </li>
                      ))}
                    </ul>
                  </details>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {selectedTable && <ProvenancePanel table={selectedTable} />}
    </aside>
  );
}
