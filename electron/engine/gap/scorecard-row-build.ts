import { assessSeries, commonStatus, emptyDetails, growthKindOf } from "../../../shared/gap/assess-series.ts";
import { gapProgress } from "../../../shared/gap/gap-progress.ts";
import type { AssessmentFlag, GapAssessment, MethodId } from "../../../shared/gap/gap-types.ts";
import type { ScorecardRowOf } from "../../../shared/gap/scorecard-row.ts";
import { prepareSeries } from "../../../shared/gap/series-prepare.ts";
import { isNationalTargetOnSubnationalUnit, NATIONAL_UNIT_ID } from "../../../shared/gap/target-scope.ts";
import type { ObservationRecord, TargetRecord } from "./scorecard-data.ts";
import { resolveDirection } from "./scorecard-direction.ts";
import { tableIssues } from "./scorecard-issues.ts";

export interface RowContext {
  readonly unitId: string;
  readonly unitName: string | null;
  readonly unitKnown: boolean;
  /** The unit's headline observations of the target's indicator. */
  readonly observations: readonly ObservationRecord[];
  readonly asOfYear: number | undefined;
}

function sourceIdsOf(t: TargetRecord, observations: readonly ObservationRecord[]): string[] {
  const ids = [t.sourceId, t.indicatorSourceId, ...observations.map((o) => o.sourceId)];
  return [...new Set(ids.filter((id): id is string => id !== null && id !== ""))];
}

function assessedFields<M extends MethodId>(a: GapAssessment<M>) {
  return {
    method: a.method,
    status: a.status,
    details: a.details,
    direction: a.direction,
    latestValue: a.latest?.value ?? null,
    latestYear: a.latest?.year ?? null,
    baselineValue: a.baseline?.value ?? null,
    baselineYear: a.baseline?.year ?? null,
    gap: a.gap,
    progress: a.progress,
    growthKind: a.growthKind,
    observedGrowth: a.observedGrowth,
    requiredGrowth: a.requiredGrowth,
    projectedValue: a.projectedValue,
    projectedYear: a.projectedYear,
    pointsUsed: a.pointsUsed,
    flags: a.flags,
  };
}

/** Scores one unit against one target with one method. */
export function scorecardRow<M extends MethodId>(
  method: M,
  t: TargetRecord,
  ctx: RowContext,
): ScorecardRowOf<M> {
  const { unitId, observations, asOfYear } = ctx;
  const series = observations.map((o) => ({ year: o.year, value: o.value }));
  const resolved = resolveDirection(t, series, unitId, asOfYear);
  const common = {
    unitId,
    unitName: ctx.unitName,
    targetId: t.targetId,
    programme: t.programme,
    frameworkId: t.frameworkId,
    indicatorId: t.indicatorId,
    indicatorName: t.indicatorName,
    indicatorUnit: t.indicatorUnit,
    targetValue: t.targetValue,
    targetYear: t.targetYear,
    sourceIds: sourceIdsOf(t, observations),
    issues: [...tableIssues(t, unitId, ctx.unitKnown), ...resolved.issues],
  };
  const unitScope = t.unitScope ?? NATIONAL_UNIT_ID;
  const { targetValue, targetYear } = t;
  const { direction } = resolved;
  if (t.indicatorId !== null && targetValue !== null && targetYear !== null && direction !== null) {
    const assessment = assessSeries(
      series,
      {
        value: targetValue,
        year: targetYear,
        direction,
        baselineValue: t.baselineValue,
        baselineYear: t.baselineYear,
        unitScope,
      },
      method,
      { unitId, asOfYear },
    );
    const fields = assessedFields(assessment);
    return { ...common, ...fields, flags: [...resolved.flags, ...fields.flags] };
  }

  // The method cannot run; the row still shows where the unit stands.
  const flags: AssessmentFlag[] = t.indicatorId === null ? ["no_indicator"] : [...resolved.flags];
  if (isNationalTargetOnSubnationalUnit(unitScope, unitId)) flags.push("national_target_on_subnational_unit");
  if (targetValue === null || targetYear === null) flags.push("target_incomplete");
  const { latest, baseline } = prepareSeries(series, { ...t, unitScope }, { unitId, asOfYear });
  return {
    ...common,
    method,
    status: commonStatus(method, "not_assessable"),
    details: emptyDetails(method),
    direction,
    latestValue: latest?.value ?? null,
    latestYear: latest?.year ?? null,
    baselineValue: baseline?.value ?? null,
    baselineYear: baseline?.year ?? null,
    gap: latest === null || targetValue === null ? null : targetValue - latest.value,
    progress: gapProgress(baseline?.value ?? null, latest?.value ?? null, targetValue),
    growthKind: growthKindOf(method),
    observedGrowth: null,
    requiredGrowth: null,
    projectedValue: null,
    projectedYear: null,
    pointsUsed: 0,
    flags,
  };
}
