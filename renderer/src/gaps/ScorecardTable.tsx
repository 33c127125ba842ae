import { formatSigned, formatValue, NO_VALUE } from "../../../shared/gap/format-gap-values.ts";
import type { AssessmentFlag, GapStatus, MethodId } from "../../../shared/gap/gap-types.ts";
import { FLAG_DOCS } from "../../../shared/gap/method-docs.ts";
import { issuesBeyondFlags, type ScorecardLine } from "../../../shared/gap/scorecard-order.ts";
import { growthTexts, progressText, projectedText } from "../../../shared/gap/scorecard-text.ts";
import { statusRule } from "../../../shared/gap/status-tones.ts";
import type { GapTargetInfo, ScorecardRowWire } from "../../../shared/protocol/methods-gap.ts";
import { t } from "../i18n/t.ts";
import { EscapIndices } from "./EscapIndices.tsx";
import { SourceRefs } from "./SourceRefs.tsx";
import { StatusBadge } from "./StatusIcon.tsx";

function FlagChips({ flags }: { flags: readonly AssessmentFlag[] }) {
  return (
    <ul className="gap-flags">
      {flags.map((f) => (
        <li key={f} className={`gap-flag gap-flag-${f}`} title={FLAG_DOCS[f].rule} data-flag={f}>
          {t(`gap.flag.${f}`)}
        </li>
      ))}
    </ul>
  );
}

function FigureWithYear({
  value,
  year,
  sources,
}: {
  value: number | null;
  year: number | null;
  sources: readonly string[];
}) {
  if (value === null) return <span className="muted">{NO_VALUE}</span>;
  return (
    <>
      <span className="gap-num">{formatValue(value)}</span>
      {year !== null && <span className="muted small"> ({year})</span>}
      <SourceRefs ids={sources} />
    </>
  );
}

function GrowthCell({ row }: { row: ScorecardRowWire }) {
  const growth = growthTexts(row, t);
  if (growth === null) return <span className="muted">{NO_VALUE}</span>;
  return (
    <>
      <div title={t("gap.table.observedHint")}>{growth.observed}</div>
      <div className="muted" title={t("gap.table.requiredHint")}>
        {growth.required}
      </div>
    </>
  );
}

function TargetCell({ row, info }: { row: ScorecardRowWire; info: GapTargetInfo | undefined }) {
  const text = info?.targetText ?? row.indicatorName ?? "";
  return (
    <>
      <strong>{row.targetId}</strong>
      {row.isUserTarget && <span className="gap-badge gap-badge-user">{t("gap.targets.userBadge")}</span>}
      {text && <div className="small gap-target-text">{text}</div>}
      {row.programme && (
        <div className="muted small gap-programme" title={row.programme}>
          {row.programme}
        </div>
      )}
      {row.indicatorId !== null && row.indicatorName !== null && text !== row.indicatorName && (
        <div className="muted small gap-programme" title={row.indicatorName}>
          {t("gap.table.measuredBy", { indicator: row.indicatorName })}
        </div>
      )}
    </>
  );
}

interface Props {
  method: MethodId;
  /** Grouped by target (see orderScorecardRows, scorecardLines). */
  lines: readonly ScorecardLine[];
  targets: ReadonlyMap<string, GapTargetInfo>;
}

/** One row per unit and target: where it stands, how fast it moves, the method's status and why. */
export function ScorecardTable({ method, lines, targets }: Props) {
  const groupSize = new Map<string, number>();
  for (const l of lines) groupSize.set(l.row.targetId, (groupSize.get(l.row.targetId) ?? 0) + 1);
  return (
    <div className="gap-table-wrap">
      <table className="gap-table gap-scorecard" data-testid="gap-scorecard">
        <thead>
          <tr>
            <th>{t("gap.table.target")}</th>
            <th>{t("gap.table.unit")}</th>
            <th className="num">{t("gap.table.latest")}</th>
            <th className="num">{t("gap.table.targetValue")}</th>
            <th className="num">{t("gap.table.gapProgress")}</th>
            <th className="num">{t("gap.table.growth")}</th>
            <th>{t("gap.table.status", { method: t(`gap.method.${method}`) })}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, i) => {
            const r = line.row;
            const first = lines[i - 1]?.row.targetId !== r.targetId;
            const projected = projectedText(r, t);
            const issues = issuesBeyondFlags(r);
            return (
              <tr
                key={line.key}
                data-testid="gap-row"
                data-target={r.targetId}
                data-units={line.unitIds.join(" ")}
                data-status={r.status}
                className={`${first ? "gap-group-start" : ""}${r.status === "not_assessable" ? " gap-row-na" : ""}`}
              >
                {first && (
                  <td className="gap-target-cell" rowSpan={groupSize.get(r.targetId)}>
                    <TargetCell row={r} info={targets.get(r.targetId)} />
                  </td>
                )}
                <td className="gap-unit-cell">{line.unitNames.join(", ")}</td>
                <td className="num">
                  <FigureWithYear
                    value={r.latestValue}
                    year={r.latestYear}
                    sources={r.figureSources.latest}
                  />
                </td>
                <td className="num">
                  <FigureWithYear
                    value={r.targetValue}
                    year={r.targetYear}
                    sources={r.figureSources.target}
                  />
                  {r.targetValue !== null && r.targetYear === null && (
                    <div className="small muted">{t("gap.table.noYear")}</div>
                  )}
                </td>
                <td className="num">
                  <div className="gap-num" title={t("gap.table.gapHint")}>
                    {formatSigned(r.gap)}
                  </div>
                  <div className="gap-num small" title={t("gap.table.progressHint")}>
                    {progressText(r)}
                  </div>
                  {r.baselineValue !== null && r.baselineYear !== r.latestYear && (
                    <div className="small muted">
                      {t("gap.table.fromBaseline", {
                        value: formatValue(r.baselineValue),
                        year: r.baselineYear ?? "–",
                      })}
                      <SourceRefs ids={r.figureSources.baseline} />
                    </div>
                  )}
                </td>
                <td className="num small">
                  <GrowthCell row={r} />
                </td>
                <td className="gap-status-cell">
                  <StatusBadge
                    method={method}
                    status={r.status as GapStatus}
                    title={statusRule(method, r.status as GapStatus)}
                  />
                  {projected && <div className="small gap-projected">{projected}</div>}
                  <EscapIndices row={r} />
                  <FlagChips flags={line.flags} />
                  {issues.length > 0 && (
                    <ul className="gap-issues small">
                      {issues.map((issue) => (
                        <li key={`${issue.table}.${issue.key}.${issue.column}`}>
                          {t("gap.table.issue", {
                            table: issue.table,
                            key: issue.key,
                            column: issue.column,
                            message: issue.message,
                          })}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
