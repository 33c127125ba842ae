import type { SeriesPoint } from "./gap-types.ts";

/** value = intercept + slope * year */
export interface LinearFit {
  readonly intercept: number;
  readonly slope: number;
}

/**
 * Weighted least-squares straight line through the points. Years are centred on their weighted
 * mean before summing, which keeps the sums small (years near 2020 squared lose digits otherwise).
 * null when there are fewer than two distinct years or the weights do not add up to a positive number.
 */
export function weightedLinearFit(
  points: readonly SeriesPoint[],
  weights: readonly number[],
): LinearFit | null {
  if (points.length !== weights.length) {
    throw new RangeError(`weightedLinearFit: ${points.length} points but ${weights.length} weights`);
  }
  let sw = 0;
  let swx = 0;
  let swy = 0;
  for (const [i, p] of points.entries()) {
    const w = weights[i]!;
    sw += w;
    swx += w * p.year;
    swy += w * p.value;
  }
  if (!(sw > 0)) return null;
  const xMean = swx / sw;
  const yMean = swy / sw;
  let sxx = 0;
  let sxy = 0;
  for (const [i, p] of points.entries()) {
    const w = weights[i]!;
    sxx += w * (p.year - xMean) ** 2;
    sxy += w * (p.year - xMean) * (p.value - yMean);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: yMean - slope * xMean };
}

export function fittedValue(fit: LinearFit, year: number): number {
  return fit.intercept + fit.slope * year;
}
