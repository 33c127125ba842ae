import type { GapStatus, MethodId } from "../../../shared/gap/gap-types.ts";
import type { CategoryDocWire, MethodDocWire } from "../../../shared/protocol/methods-gap.ts";
import { t } from "../i18n/t.ts";
import { StatusBadge } from "./StatusIcon.tsx";

function MethodDoc({ doc, current }: { doc: MethodDocWire; current: boolean }) {
  return (
    <details className="gap-method-doc" open={current} data-method={doc.id}>
      <summary>
        <strong>{doc.name}</strong>
        {current && <span className="gap-badge gap-badge-current">{t("gap.help.inUse")}</span>}
      </summary>
      <p>
        <em>{doc.question}</em>
      </p>
      <h4>{t("gap.help.formula")}</h4>
      <pre className="gap-formula">{doc.formula.join("\n")}</pre>
      <h4>{t("gap.help.thresholds")}</h4>
      <table className="gap-doc-table">
        <tbody>
          {doc.categories.map((c) => (
            <tr key={c.id}>
              <td>
                <StatusBadge method={doc.id} status={c.id as GapStatus} />
              </td>
              <td>{c.rule}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>{t("gap.help.lowerIsBetter")}</h4>
      <p>{doc.lowerIsBetter}</p>
      <h4>{t("gap.help.minimumData")}</h4>
      <p>{doc.minimumData}</p>
      <h4>{t("gap.help.choices")}</h4>
      <ul>
        {doc.workbenchChoices.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <h4>{t("gap.help.sources")}</h4>
      <ul>
        {doc.sources.map((s) => (
          <li key={s.url}>
            {s.publisher}: {s.title} <span className="source-url small">{s.url}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** How each method decides a status (from shared/gap/method-docs.ts), and what the flags mean. */
export function MethodHelp({
  methods,
  flags,
  current,
}: {
  methods: readonly MethodDocWire[];
  flags: readonly CategoryDocWire[];
  current: MethodId;
}) {
  return (
    <section className="gap-help" data-testid="gap-help" aria-label={t("gap.help.title")}>
      <p className="small">{t("gap.help.intro")}</p>
      {methods.map((m) => (
        <MethodDoc key={m.id} doc={m} current={m.id === current} />
      ))}
      <details className="gap-method-doc">
        <summary>
          <strong>{t("gap.help.flags")}</strong>
        </summary>
        <table className="gap-doc-table">
          <tbody>
            {flags.map((f) => (
              <tr key={f.id}>
                <td className="gap-flag-name">{f.label}</td>
                <td>{f.rule}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
