import { t } from "../i18n/t.ts";
import { quoteIdent, useWorkbench } from "../store/workbench-store.ts";

export function CatalogSidebar() {
  const catalog = useWorkbench((s) => s.catalog);
  const refreshCatalog = useWorkbench((s) => s.refreshCatalog);
  const addSqlCell = useWorkbench((s) => s.addSqlCell);
  return (
    <aside className="sidebar" aria-label={t("catalog.title")} data-testid="catalog">
      <div className="sidebar-head">
        <h2>{t("catalog.title")}</h2>
        <button type="button" className="btn ghost" onClick={() => void refreshCatalog()}>
          ⟳ {t("catalog.refresh")}
        </button>
      </div>
      {catalog.length === 0 && <p className="muted">{t("catalog.empty")}</p>}
      <ul className="catalog-list">
        {catalog.map((table) => {
          const qualified =
            table.schema === "main"
              ? quoteIdent(table.name)
              : `${quoteIdent(table.schema)}.${quoteIdent(table.name)}`;
          return (
            <li key={`${table.schema}.${table.name}`} className="catalog-table" data-testid="catalog-table">
              <details>
                <summary title={table.meta?.description ?? undefined}>
                  <span className="table-name">{qualified}</span>
                  {table.meta?.synthetic && <span className="badge synthetic">{t("catalog.synthetic")}</span>}
                  <span className="muted small">
                    {table.kind === "view"
                      ? t("catalog.view")
                      : t("catalog.rows", { count: (table.rowCount ?? 0).toLocaleString("en-US") })}
                  </span>
                </summary>
                <button
                  type="button"
                  className="btn link"
                  onClick={() => addSqlCell(`SELECT *\nFROM ${qualified}\nLIMIT 1000`)}
                >
                  {t("catalog.insertSelect")}
                </button>
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
    </aside>
  );
}
