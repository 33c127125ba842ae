import { assessEscap } from "./assess-escap.ts";
import { assessEurostat } from "./assess-eurostat.ts";
import { assessGerman } from "./assess-german.ts";
import { directionSign, meetsTarget } from "./direction.ts";
import { gapProgress } from "./gap-progress.ts";
import type {
  AssessmentFlag,
  DetailsByMethod,
  GapAssessment,
  GapTarget,
  GrowthKind,
  MethodId,
  SeriesPoint,
  StatusByMethod,
} from "./gap-types.ts";
import type { MethodInput, MethodOutcome } from "./method-outcome.ts";
import { type AssessOptions, prepareSeries } from "./series-prepare.ts";

const ASSESSORS: { readonly [M in MethodId]: (input: MethodInput) => MethodOutcome<M> } = {
  eurostat: assessEurostat,
  escap: assessEscap,
  german: assessGerman,
};

const GROWTH_KIND: { readonly [M in MethodId]: GrowthKind } = {
  eurostat: "compound_rate",
  escap: "annual_change",
  german: "annual_change",
};

const EMPTY_DETAILS: { readonly [M in MethodId]: DetailsByMethod[M] } = {
  eurostat: { ratio: null },
  escap: { currentStatus: null, anticipatedProgress: null, anticipatedGap: null },
  german: { deviation: null, windowStartYear: null },
};

/** Details of a method that could not run. */
export function emptyDetails<M extends MethodId>(method: M): DetailsByMethod[M] {
  return EMPTY_DETAILS[method];
}

/** The kind of growth a method reports. */
export function growthKindOf(method: MethodId): GrowthKind {
  return GROWTH_KIND[method];
}

/** Statuses every method shares. */
export type CommonStatus = "target_met" | "insufficient_data" | "not_assessable";

export function commonStatus<M extends MethodId>(method: M, status: CommonStatus): StatusByMethod[M] {
  const byMethod: { readonly [K in MethodId]: StatusByMethod[K] } = {
    eurostat: status,
    escap: status,
    german: status,
  };
  return byMethod[method];
}

function withoutData<M extends MethodId>(
  method: M,
  target: GapTarget,
  status: CommonStatus,
  flags: readonly AssessmentFlag[],
): GapAssessment<M> {
  return {
    method,
    status: commonStatus(method, status),
    direction: target.direction,
    baseline: null,
    latest: null,
    target: { year: target.year, value: target.value },
    gap: null,
    progress: null,
    growthKind: growthKindOf(method),
    observedGrowth: null,
    requiredGrowth: null,
    projectedValue: null,
    projectedYear: null,
    pointsUsed: 0,
    flags,
    details: emptyDetails(method),
  };
}

/**
 * Assesses one series against one target with one method. Rules common to every method, applied
 * around the method itself:
 * - a latest value that already meets the target gives status "target_met" (flag target_already_met);
 * - no data, or fewer points than the method needs, gives "insufficient_data";
 * - "lower is better" is handled by each method as it prescribes (see method-docs.ts);
 * - flags say what else the reader should know (national target on a district, regression, ...).
 */
export function assessSeries<M extends MethodId>(
  series: readonly SeriesPoint[],
  target: GapTarget,
  method: M,
  options: AssessOptions = {},
): GapAssessment<M> {
  if (!Number.isFinite(target.value) || !Number.isFinite(target.year)) {
    return withoutData(method, target, "not_assessable", ["target_incomplete"]);
  }
  const prepared = prepareSeries(series, target, options);
  const { points, baseline, latest } = prepared;
  if (latest === null || baseline === null) {
    return withoutData(method, target, "insufficient_data", [
      ...prepared.flags,
      "no_data",
      "insufficient_data",
    ]);
  }
  const targetPoint: SeriesPoint = { year: target.year, value: target.value };
  const direction = target.direction;
  const outcome = ASSESSORS[method]({ points, baseline, latest, target: targetPoint, direction });

  const met = meetsTarget(latest.value, target.value, direction);
  const flags = new Set<AssessmentFlag>([...prepared.flags, ...outcome.flags]);
  if (met) flags.add("target_already_met");
  if (directionSign(direction) * (latest.value - baseline.value) < 0) flags.add("regressing");
  if (target.year <= latest.year) flags.add("target_year_passed");
  const status = met ? commonStatus(method, "target_met") : outcome.status;
  if (status === "insufficient_data") flags.add("insufficient_data");

  return {
    method,
    status,
    direction,
    baseline,
    latest,
    target: targetPoint,
    gap: target.value - latest.value,
    progress: gapProgress(baseline.value, latest.value, target.value),
    growthKind: outcome.growthKind,
    observedGrowth: outcome.observedGrowth,
    requiredGrowth: outcome.requiredGrowth,
    projectedValue: target.year < latest.year ? null : outcome.projectedValue,
    projectedYear: met ? latest.year : outcome.projectedYear,
    pointsUsed: outcome.pointsUsed,
    flags: [...flags],
    details: outcome.details,
  };
}
