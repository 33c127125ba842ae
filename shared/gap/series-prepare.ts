import type { AssessmentFlag, GapTarget, SeriesPoint } from "./gap-types.ts";
import { isNationalTargetOnSubnationalUnit } from "./target-scope.ts";

export interface AssessOptions {
  /** unit_id of the series; needed to flag a national target applied to a sub-national unit. */
  readonly unitId?: string | null;
  /** Ignore observations after this year (assess "as of" an earlier year). */
  readonly asOfYear?: number | null;
}

export interface PreparedSeries {
  /** Finite values up to asOfYear, sorted by year, one per year. */
  readonly points: readonly SeriesPoint[];
  readonly baseline: SeriesPoint | null;
  readonly latest: SeriesPoint | null;
  readonly flags: readonly AssessmentFlag[];
}

/** Sorted by year, several values for one year averaged (and reported as such). */
export function onePerYear(points: readonly SeriesPoint[]): { points: SeriesPoint[]; averaged: boolean } {
  const byYear = new Map<number, number[]>();
  for (const p of points) byYear.set(p.year, [...(byYear.get(p.year) ?? []), p.value]);
  const years = [...byYear.keys()].sort((a, b) => a - b);
  let averaged = false;
  const out = years.map((year) => {
    const values = byYear.get(year)!;
    if (values.length > 1) averaged = true;
    return { year, value: values.reduce((s, v) => s + v, 0) / values.length };
  });
  return { points: out, averaged };
}

/**
 * Cleans a series and settles its baseline. The target's printed baseline is used when it is
 * complete and not later than the latest observation, except for a national target applied to
 * a sub-national unit: the nation's baseline value is not the district's, so the district's own
 * observations give the baseline there (the target's baseline year if observed, else the first).
 */
export function prepareSeries(
  series: readonly SeriesPoint[],
  target: Pick<GapTarget, "baselineValue" | "baselineYear" | "unitScope">,
  options: AssessOptions = {},
): PreparedSeries {
  const flags: AssessmentFlag[] = [];
  const asOf = options.asOfYear ?? Number.POSITIVE_INFINITY;
  const usable = series.filter((p) => Number.isFinite(p.year) && Number.isFinite(p.value) && p.year <= asOf);
  const { points, averaged } = onePerYear(usable);
  if (averaged) flags.push("duplicate_years_averaged");
  const nationalOnSubnational = isNationalTargetOnSubnationalUnit(target.unitScope, options.unitId);
  if (nationalOnSubnational) flags.push("national_target_on_subnational_unit");
  const latest = points[points.length - 1] ?? null;
  if (latest === null) return { points, baseline: null, latest, flags };

  const { baselineValue, baselineYear } = target;
  const printedBaselineUsable =
    !nationalOnSubnational &&
    baselineValue !== null &&
    baselineValue !== undefined &&
    Number.isFinite(baselineValue) &&
    baselineYear !== null &&
    baselineYear !== undefined &&
    Number.isFinite(baselineYear) &&
    baselineYear <= latest.year;
  if (printedBaselineUsable) {
    return { points, baseline: { year: baselineYear, value: baselineValue }, latest, flags };
  }
  const atBaselineYear = points.find((p) => p.year === baselineYear && p.year < latest.year);
  flags.push("baseline_from_observations");
  return { points, baseline: atBaselineYear ?? points[0]!, latest, flags };
}
