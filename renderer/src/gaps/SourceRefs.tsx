import { createContext, useContext } from "react";
import type { SourceRecord } from "../../../shared/protocol/methods.ts";
import { t } from "../i18n/t.ts";

export interface SourceCitations {
  numbers: ReadonlyMap<string, number>;
  open: string | null;
  setOpen(id: string | null): void;
}

export const SourceContext = createContext<SourceCitations>({
  numbers: new Map(),
  open: null,
  setOpen: () => undefined,
});

/** Footnote marks after a figure; each opens its source (publisher, title, URL). */
export function SourceRefs({ ids }: { ids: readonly string[] }) {
  const { numbers, open, setOpen } = useContext(SourceContext);
  if (ids.length === 0) return null;
  return (
    <sup className="gap-refs">
      {ids.map((id) => (
        <button
          key={id}
          type="button"
          className={`gap-ref${open === id ? " open" : ""}`}
          title={t("gap.source.show", { id })}
          aria-label={t("gap.source.show", { id })}
          data-source-id={id}
          onClick={() => setOpen(open === id ? null : id)}
        >
          {numbers.get(id) ?? "?"}
        </button>
      ))}
    </sup>
  );
}

/** The source a footnote mark opened, as the sources table records it. */
export function SourceDetail({ source, onClose }: { source: SourceRecord; onClose: () => void }) {
  return (
    <aside className="gap-source-detail" data-testid="gap-source-detail" aria-label={t("gap.source.title")}>
      <div className="gap-source-head">
        <strong>{t("gap.source.heading", { id: source.sourceId })}</strong>
        <button type="button" className="btn ghost" onClick={onClose} aria-label={t("gap.close")}>
          ✕
        </button>
      </div>
      <dl>
        <dt>{t("gap.source.publisher")}</dt>
        <dd>{source.publisher ?? "–"}</dd>
        <dt>{t("gap.source.titleField")}</dt>
        <dd>{source.title ?? "–"}</dd>
        <dt>{t("gap.source.url")}</dt>
        <dd className="source-url">{source.url ?? t("gap.source.noUrl")}</dd>
        {source.retrieved && (
          <>
            <dt>{t("gap.source.retrieved")}</dt>
            <dd>{source.retrieved}</dd>
          </>
        )}
        {source.licence && (
          <>
            <dt>{t("gap.source.licence")}</dt>
            <dd>{source.licence}</dd>
          </>
        )}
        {source.note && (
          <>
            <dt>{t("gap.source.note")}</dt>
            <dd>{source.note}</dd>
          </>
        )}
      </dl>
    </aside>
  );
}

/** Every cited source, numbered as the marks in the table. */
export function SourceList({ sources }: { sources: readonly SourceRecord[] }) {
  const { numbers, open, setOpen } = useContext(SourceContext);
  const sorted = [...sources].sort((a, b) => (numbers.get(a.sourceId) ?? 0) - (numbers.get(b.sourceId) ?? 0));
  return (
    <details className="gap-source-list">
      <summary>{t("gap.source.list", { count: sorted.length })}</summary>
      <ol>
        {sorted.map((s) => (
          <li key={s.sourceId} value={numbers.get(s.sourceId)} className={open === s.sourceId ? "open" : ""}>
            <button type="button" className="btn link" onClick={() => setOpen(s.sourceId)}>
              {s.title ?? s.sourceId}
            </button>
            <span className="muted small"> — {s.publisher ?? s.sourceId}</span>
          </li>
        ))}
      </ol>
    </details>
  );
}
