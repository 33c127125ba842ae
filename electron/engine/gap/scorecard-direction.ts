import { parseDirection } from "../../../shared/gap/direction.ts";
import type { AssessmentFlag, Direction, SeriesPoint } from "../../../shared/gap/gap-types.ts";
import type { ScorecardIssue } from "../../../shared/gap/scorecard-row.ts";
import { prepareSeries } from "../../../shared/gap/series-prepare.ts";
import type { TargetRecord } from "./scorecard-data.ts";

export interface ResolvedDirection {
  readonly direction: Direction | null;
  readonly flags: readonly AssessmentFlag[];
  readonly issues: readonly ScorecardIssue[];
}

function unreadable(raw: string | null, parsed: Direction | null): raw is string {
  return raw !== null && raw.trim() !== "" && parsed === null;
}

function directionIssue(table: "targets" | "indicators", key: string, raw: string): ScorecardIssue {
  return { table, key, column: "direction", message: `"${raw}" is neither "higher" nor "lower"; ignored` };
}

/**
 * The target's direction wins over the indicator's. When neither table says, the direction is
 * taken from where the target lies relative to the baseline (the target's, or the unit's first
 * observation), and flagged as inferred; unreadable texts are reported with their table and key.
 */
export function resolveDirection(
  t: TargetRecord,
  series: readonly SeriesPoint[],
  unitId: string,
  asOfYear: number | undefined,
): ResolvedDirection {
  const issues: ScorecardIssue[] = [];
  const fromTarget = parseDirection(t.direction);
  const fromIndicator = parseDirection(t.indicatorDirection);
  if (unreadable(t.direction, fromTarget)) issues.push(directionIssue("targets", t.targetId, t.direction));
  if (t.indicatorId !== null && unreadable(t.indicatorDirection, fromIndicator)) {
    issues.push(directionIssue("indicators", t.indicatorId, t.indicatorDirection));
  }
  const stated = fromTarget ?? fromIndicator;
  if (stated !== null) return { direction: stated, flags: [], issues };
  const { baseline } = prepareSeries(series, t, { unitId, asOfYear });
  const tv = t.targetValue;
  const inferred =
    baseline === null || tv === null || tv === baseline.value
      ? null
      : tv > baseline.value
        ? "higher"
        : "lower";
  return {
    direction: inferred,
    flags: [inferred === null ? "direction_unknown" : "direction_inferred"],
    issues,
  };
}
