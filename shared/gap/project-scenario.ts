import { yearsToTarget } from "./compound-growth.ts";
import { directionSign, meetsTarget } from "./direction.ts";
import type { Direction, SeriesPoint } from "./gap-types.ts";
import { projectedYearFrom } from "./projected-year.ts";
import { onePerYear } from "./series-prepare.ts";

/** The what-if assumption: a constant compound growth rate, or a constant change per year. */
export type ScenarioAssumption =
  | { readonly kind: "growth_rate" /** 0.05 = +5 % a year */; readonly rate: number }
  | { readonly kind: "annual_change" /** in the indicator's unit */; readonly change: number };

export interface ScenarioInput {
  /** Observed series; the projection starts from its latest point (up to asOfYear; one year's values averaged). */
  readonly series: readonly SeriesPoint[];
  readonly assumption: ScenarioAssumption;
  readonly target: { readonly value: number; readonly year: number; readonly direction: Direction };
  /** Last year of the path; defaults to the target year (never earlier than the start year). */
  readonly horizonYear?: number;
  readonly asOfYear?: number;
}

export interface ScenarioProjection {
  /** The latest observation the path starts from; null when the series has no usable point. */
  readonly start: SeriesPoint | null;
  /** Yearly values from the start year (included) to the horizon. */
  readonly path: readonly SeriesPoint[];
  /** Projected value in the target year; null when the target year is before the start. */
  readonly valueAtTargetYear: number | null;
  /** First whole year the path meets the target (also beyond the horizon); null when it never does. */
  readonly yearTargetMet: number | null;
}

function valueAfter(start: number, assumption: ScenarioAssumption, years: number): number {
  return assumption.kind === "growth_rate"
    ? start * (1 + assumption.rate) ** years
    : start + assumption.change * years;
}

function yearsNeeded(
  start: number,
  target: number,
  direction: Direction,
  assumption: ScenarioAssumption,
): number | null {
  if (assumption.kind === "growth_rate") return yearsToTarget(start, target, assumption.rate);
  return directionSign(direction) * assumption.change > 0 ? (target - start) / assumption.change : null;
}

/** A what-if path: where the indicator goes under an assumed growth, and when it meets the target. */
export function projectScenario(input: ScenarioInput): ScenarioProjection {
  const { assumption, target } = input;
  const amount = assumption.kind === "growth_rate" ? assumption.rate : assumption.change;
  if (!Number.isFinite(amount) || (assumption.kind === "growth_rate" && assumption.rate <= -1)) {
    throw new RangeError(
      `projectScenario: the assumed ${assumption.kind === "growth_rate" ? "growth rate" : "annual change"} must be a finite number${assumption.kind === "growth_rate" ? " above -1 (-100 %)" : ""}; got ${amount}`,
    );
  }
  const asOf = input.asOfYear ?? Number.POSITIVE_INFINITY;
  const usable = input.series.filter(
    (p) => Number.isFinite(p.value) && Number.isFinite(p.year) && p.year <= asOf,
  );
  const { points } = onePerYear(usable);
  const start = points[points.length - 1] ?? null;
  if (start === null) return { start: null, path: [], valueAtTargetYear: null, yearTargetMet: null };

  const horizon = Math.max(start.year, input.horizonYear ?? target.year);
  const path: SeriesPoint[] = [];
  for (let year = start.year; year <= horizon; year++) {
    path.push({ year, value: valueAfter(start.value, assumption, year - start.year) });
  }
  const valueAtTargetYear =
    target.year >= start.year ? valueAfter(start.value, assumption, target.year - start.year) : null;
  const yearTargetMet = meetsTarget(start.value, target.value, target.direction)
    ? start.year
    : projectedYearFrom(start.year, yearsNeeded(start.value, target.value, target.direction, assumption));
  return { start, path, valueAtTargetYear, yearTargetMet };
}
