import { cagr } from "./compound-growth.ts";
import { directionSign } from "./direction.ts";
import type { Scenario } from "./gap-cell-config.ts";
import type { Direction, SeriesPoint } from "./gap-types.ts";
import { projectScenario } from "./project-scenario.ts";
import { onePerYear } from "./series-prepare.ts";

/** The years every scenario is projected to, besides each target's own year. */
export const HORIZON_YEARS = [2030, 2040] as const;
/** How far optimistic and pessimistic start from the observed trend, in percentage points of growth a year. */
export const SCENARIO_SPREAD_PCT = 2;

export const DEFAULT_SCENARIOS: readonly Scenario[] = [
  { id: "baseline", name: "Baseline (observed trend)", kind: "baseline", rates: {} },
  { id: "optimistic", name: "Optimistic", kind: "optimistic", rates: {} },
  { id: "pessimistic", name: "Pessimistic", kind: "pessimistic", rates: {} },
];

/** One target as the scenarios see it: the unit's series of its indicator, and where it must get to. */
export interface ScenarioTarget {
  readonly targetId: string;
  readonly indicatorId: string;
  readonly target: { readonly value: number; readonly year: number; readonly direction: Direction };
  readonly series: readonly SeriesPoint[];
  /** The indicator's valid range (0-100 for shares): projections stop at it. */
  readonly valueMin: number | null;
  readonly valueMax: number | null;
}

export interface ObservedTrend {
  /** Compound growth from the first to the latest observation, % a year; null when undefined. */
  readonly ratePct: number | null;
  readonly fromYear: number | null;
  readonly toYear: number | null;
}

/** The observed compound growth of a series (several values in one year averaged). */
export function observedTrend(series: readonly SeriesPoint[]): ObservedTrend {
  const { points } = onePerYear(series.filter((p) => Number.isFinite(p.value) && Number.isFinite(p.year)));
  const first = points[0];
  const latest = points[points.length - 1];
  if (!first || !latest || first.year === latest.year) {
    return { ratePct: null, fromYear: first?.year ?? null, toYear: latest?.year ?? null };
  }
  const rate = cagr(first.value, first.year, latest.value, latest.year);
  return { ratePct: rate === null ? null : rate * 100, fromYear: first.year, toYear: latest.year };
}

/**
 * The growth a scenario assumes for an indicator, % a year: the observed trend for the baseline;
 * for the others the rate the user set, else the trend moved SCENARIO_SPREAD_PCT towards (optimistic)
 * or away from (pessimistic) the target. null: the baseline of a series without a trend.
 */
export function scenarioRatePct(
  scenario: Scenario,
  indicatorId: string,
  trendPct: number | null,
  direction: Direction,
): number | null {
  if (scenario.kind === "baseline") return trendPct;
  const set = scenario.rates[indicatorId];
  if (set !== undefined) return set;
  const trend = trendPct ?? 0;
  const step = SCENARIO_SPREAD_PCT * directionSign(direction);
  if (scenario.kind === "optimistic") return trend + step;
  if (scenario.kind === "pessimistic") return trend - step;
  return trend;
}

export interface ScenarioOutcome {
  readonly scenarioId: string;
  readonly targetId: string;
  /** Assumed growth, % a year; null when the scenario has no rate (baseline without a trend). */
  readonly ratePct: number | null;
  readonly start: SeriesPoint | null;
  /** Yearly values from the latest observation to 2040 (or the target year if later), kept in the valid range. */
  readonly path: readonly SeriesPoint[];
  /** Value in each of HORIZON_YEARS; null before the latest observation or without a rate. */
  readonly valueIn: Readonly<Record<(typeof HORIZON_YEARS)[number], number | null>>;
  readonly valueAtTargetYear: number | null;
  /** First year the target is met (the latest year when already met); null when never at this rate. */
  readonly yearTargetMet: number | null;
  /** Met by the target year; null without a rate or without data. */
  readonly metByTargetYear: boolean | null;
  /** The path hit the indicator's valid range and was held at its edge. */
  readonly capped: boolean;
}

function clamp(value: number, min: number | null, max: number | null): number {
  if (max !== null && value > max) return max;
  if (min !== null && value < min) return min;
  return value;
}

/** When each target is met under each scenario, and where the indicator stands in 2030 and 2040. */
export function scenarioOutcomes(
  targets: readonly ScenarioTarget[],
  scenarios: readonly Scenario[],
): ScenarioOutcome[] {
  const horizon = Math.max(...HORIZON_YEARS);
  return targets.flatMap((t) => {
    const trend = observedTrend(t.series).ratePct;
    return scenarios.map((s): ScenarioOutcome => {
      const ratePct = scenarioRatePct(s, t.indicatorId, trend, t.target.direction);
      const none = { 2030: null, 2040: null };
      if (ratePct === null) {
        return {
          scenarioId: s.id,
          targetId: t.targetId,
          ratePct,
          start: null,
          path: [],
          valueIn: none,
          valueAtTargetYear: null,
          yearTargetMet: null,
          metByTargetYear: null,
          capped: false,
        };
      }
      const p = projectScenario({
        series: t.series,
        assumption: { kind: "growth_rate", rate: ratePct / 100 },
        target: t.target,
        horizonYear: Math.max(horizon, t.target.year),
      });
      let capped = false;
      const path = p.path.map((pt) => {
        const value = clamp(pt.value, t.valueMin, t.valueMax);
        if (value !== pt.value) capped = true;
        return { year: pt.year, value };
      });
      const at = (year: number) => path.find((pt) => pt.year === year)?.value ?? null;
      return {
        scenarioId: s.id,
        targetId: t.targetId,
        ratePct,
        start: p.start,
        path,
        valueIn: { 2030: at(2030), 2040: at(2040) },
        valueAtTargetYear:
          p.valueAtTargetYear === null ? null : clamp(p.valueAtTargetYear, t.valueMin, t.valueMax),
        yearTargetMet: p.yearTargetMet,
        metByTargetYear:
          p.start === null ? null : p.yearTargetMet !== null && p.yearTargetMet <= t.target.year,
        capped,
      };
    });
  });
}
