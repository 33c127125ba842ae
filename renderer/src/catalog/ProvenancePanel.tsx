import { useEffect, useState } from "react";
import type { CatalogTable, SourceRecord } from "../../../shared/protocol/methods.ts";
import { t } from "../i18n/t.ts";
import { useWorkbench } from "../store/workbench-store.ts";

/** Where the selected table's figures come from: its description and every source with its URL. */
export function ProvenancePanel({ table }: { table: CatalogTable }) {
  const client = useWorkbench((s) => s.client);
  const [sources, setSources] = useState<SourceRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setSources(null);
    setError(null);
    client?.call("catalog.provenance", { table: table.name }).then(
      (r) => setSources(r.sources),
      (e: Error) => setError(e.message),
    );
  }, [client, table.name]);

  const meta = table.meta;
  return (
    <section
      className="provenance"
      data-testid="provenance"
      aria-label={t("provenance.title", { table: table.name })}
    >
      <h3>
        {meta?.title ?? table.name}
        {meta?.synthetic && <span className="badge synthetic">{t("catalog.synthetic")}</span>}
      </h3>
      {meta?.description && <p className="small">{meta.description}</p>}
      {meta?.synthetic && <p className="small synthetic-note">{t("provenance.syntheticNote")}</p>}
      {!meta && <p className="small muted">{t("provenance.noMeta")}</p>}
      {error && <p className="small cell-error">{error}</p>}
      {sources && sources.length > 0 && (
        <>
          <h4>{t("provenance.sources", { count: sources.length })}</h4>
          <ol className="source-list">
            {sources.map((s) => (
              <li key={s.sourceId}>
                <div className="source-title">{s.title ?? s.sourceId}</div>
                {s.publisher && <div className="muted small">{s.publisher}</div>}
                {s.url && (
                  <div className="source-url small" title={s.url}>
                    {s.url}
                  </div>
                )}
                {s.licence && (
                  <div className="muted small">{t("provenance.licence", { licence: s.licence })}</div>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
