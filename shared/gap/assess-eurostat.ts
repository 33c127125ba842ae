import { cagr, requiredCagr, yearsToTarget } from "./compound-growth.ts";
import { meetsTarget } from "./direction.ts";
import { type EurostatClassLabel, eurostatClass } from "./eurostat-class.ts";
import type { EurostatStatus } from "./gap-types.ts";
import type { MethodInput, MethodOutcome } from "./method-outcome.ts";
import { projectedYearFrom } from "./projected-year.ts";

const STATUS_OF_CLASS: Record<EurostatClassLabel, EurostatStatus> = {
  "significant progress": "significant_progress",
  "moderate progress": "moderate_progress",
  "insufficient progress": "insufficient_progress",
  "moving away": "moving_away",
};

/**
 * Eurostat: observed compound growth baseline -> latest against the growth required
 * baseline -> target year. Both rates are negative for a "lower is better" indicator heading
 * for its target, so the ratio needs no direction sign. A baseline that already met the target
 * makes the required rate point the wrong way; if the latest value no longer meets it, the
 * indicator has moved away.
 */
export function assessEurostat(input: MethodInput): MethodOutcome<"eurostat"> {
  const { baseline, latest, target, direction } = input;
  const base = {
    growthKind: "compound_rate",
    observedGrowth: null,
    requiredGrowth: null,
    projectedValue: null,
    projectedYear: null,
    details: { ratio: null },
  } as const;
  if (baseline.year >= latest.year) {
    return { ...base, status: "insufficient_data", pointsUsed: 1, flags: [] };
  }
  const observed = cagr(baseline.value, baseline.year, latest.value, latest.year);
  const required = requiredCagr(baseline.value, baseline.year, target.value, target.year);
  const nonPositive = [baseline.value, latest.value, target.value].some((v) => v <= 0);
  if (observed === null || required === null) {
    return {
      ...base,
      observedGrowth: observed,
      requiredGrowth: required,
      status: "not_assessable",
      pointsUsed: 2,
      flags: nonPositive ? ["non_positive_values"] : [],
    };
  }
  const label = meetsTarget(baseline.value, target.value, direction)
    ? "moving away"
    : eurostatClass(observed, required);
  return {
    ...base,
    status: label === null ? "not_assessable" : STATUS_OF_CLASS[label],
    observedGrowth: observed,
    requiredGrowth: required,
    projectedValue: latest.value * (1 + observed) ** (target.year - latest.year),
    projectedYear: projectedYearFrom(latest.year, yearsToTarget(latest.value, target.value, observed)),
    pointsUsed: 2,
    details: { ratio: required === 0 ? null : observed / required },
    flags: [],
  };
}
