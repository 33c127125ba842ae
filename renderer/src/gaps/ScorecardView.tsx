import { useMemo, useState } from "react";
import type { GapStatus, MethodId } from "../../../shared/gap/gap-types.ts";
import {
  countStatuses,
  notAssessableReasons,
  orderScorecardRows,
  scorecardLines,
} from "../../../shared/gap/scorecard-order.ts";
import type { GapTargetInfo } from "../../../shared/protocol/methods-gap.ts";
import { t } from "../i18n/t.ts";
import type { GapCellOutput } from "./gap-runner.ts";
import { ScorecardTable } from "./ScorecardTable.tsx";
import { SourceContext, SourceDetail, SourceList } from "./SourceRefs.tsx";
import { StatusBadge } from "./StatusIcon.tsx";
import { numberSources } from "./source-numbering.ts";

/** The scorecard: which method, a count per status, why rows are not assessable, the table and its sources. */
export function ScorecardView({
  output,
  targets,
  methodName,
}: {
  output: GapCellOutput;
  targets: ReadonlyMap<string, GapTargetInfo>;
  methodName: string;
}) {
  const { scorecard, config } = output;
  const method: MethodId = scorecard.method;
  const rows = useMemo(
    () => orderScorecardRows(scorecard.rows, config.unitIds),
    [scorecard.rows, config.unitIds],
  );
  const numbers = useMemo(() => numberSources(rows), [rows]);
  const [open, setOpen] = useState<string | null>(null);
  const openSource = scorecard.sources.find((s) => s.sourceId === open);
  const na = notAssessableReasons(rows);

  if (rows.length === 0) {
    return <p className="gap-note">{t("gap.summary.empty")}</p>;
  }
  return (
    <SourceContext.Provider value={{ numbers, open, setOpen }}>
      <div className="gap-summary" data-testid="gap-summary">
        <p>
          {t("gap.summary.method", { method: methodName })}{" "}
          <span className="muted small">{t("gap.summary.rows", { rows: rows.length })}</span>
        </p>
        <ul className="gap-counts">
          {countStatuses(rows).map((c) => (
            <li key={c.status}>
              <StatusBadge method={method} status={c.status as GapStatus} /> × {c.count}
            </li>
          ))}
        </ul>
        {na.total > 0 && (
          <p className="gap-note small" data-testid="gap-not-assessable-note">
            {t("gap.summary.notAssessable", {
              total: na.total,
              noIndicator: na.noIndicator,
              incomplete: na.targetIncomplete,
              other: na.other,
            })}
          </p>
        )}
      </div>
      <ScorecardTable method={method} lines={scorecardLines(rows)} targets={targets} />
      {openSource && <SourceDetail source={openSource} onClose={() => setOpen(null)} />}
      <SourceList sources={scorecard.sources} />
    </SourceContext.Provider>
  );
}
