import { useEffect, useState } from "react";
import type { EngineClient } from "../../../shared/protocol/engine-client.ts";
import type { ColumnProfile } from "../../../shared/protocol/methods-results.ts";
import { t } from "../i18n/t.ts";

interface Props {
  client: EngineClient;
  resultId: string;
  column: string;
  onClose(): void;
}

/** Nulls, distinct values, range and a histogram (or top values), computed by DuckDB. */
export function ColumnProfilePopover({ client, resultId, column, onClose }: Props) {
  const [profile, setProfile] = useState<ColumnProfile | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    client.call("result.profile", { resultId, column }).then(setProfile, (e: Error) => setError(e.message));
  }, [client, resultId, column]);

  const maxCount = Math.max(
    1,
    ...(profile?.histogram.map((b) => b.count) ?? [1]),
    ...(profile?.topValues.map((v) => v.count) ?? [1]),
  );
  return (
    <div
      className="profile-popover"
      role="dialog"
      aria-label={t("grid.profile.title", { column })}
      data-testid="column-profile"
    >
      <div className="profile-head">
        <strong>{column}</strong>
        <button type="button" className="btn ghost" onClick={onClose} aria-label={t("common.close")}>
          ✕
        </button>
      </div>
      {error && <p className="cell-error">{error}</p>}
      {!profile && !error && <p className="muted">{t("grid.loading")}</p>}
      {profile && (
        <>
          <dl className="profile-stats">
            <dt>{t("grid.profile.type")}</dt>
            <dd>{profile.type}</dd>
            <dt>{t("grid.profile.rows")}</dt>
            <dd>{profile.rows.toLocaleString("en-US")}</dd>
            <dt>{t("grid.profile.nulls")}</dt>
            <dd>{profile.nulls.toLocaleString("en-US")}</dd>
            <dt>{t("grid.profile.distinct")}</dt>
            <dd>≈ {profile.distinct.toLocaleString("en-US")}</dd>
            <dt>{t("grid.profile.min")}</dt>
            <dd>{profile.min ?? t("grid.null")}</dd>
            <dt>{t("grid.profile.max")}</dt>
            <dd>{profile.max ?? t("grid.null")}</dd>
          </dl>
          {profile.histogram.length > 0 && (
            <svg
              className="profile-histogram"
              viewBox={`0 0 ${profile.histogram.length * 10} 40`}
              preserveAspectRatio="none"
              role="img"
              aria-label={t("grid.profile.histogram")}
            >
              {profile.histogram.map((b, i) => (
                <rect
                  key={b.lo}
                  x={i * 10 + 1}
                  width={8}
                  y={40 - (b.count / maxCount) * 40}
                  height={(b.count / maxCount) * 40}
                >
                  <title>{`${b.lo} – ${b.hi}: ${b.count}`}</title>
                </rect>
              ))}
            </svg>
          )}
          {profile.topValues.length > 0 && (
            <ul className="profile-top">
              {profile.topValues.map((v) => (
                <li key={v.value}>
                  <span className="bar" style={{ width: `${(v.count / maxCount) * 100}%` }} />
                  <span className="label">{v.value}</span>{" "}
                  <span className="muted">{v.count.toLocaleString("en-US")}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
