import { directionSign, meetsTarget } from "./direction.ts";
import type { Direction, SeriesPoint } from "./gap-types.ts";
import { fittedValue, type LinearFit, weightedLinearFit } from "./weighted-linear-fit.ts";

/**
 * ESCAP Anticipated Progress Index: "How likely will the target be achieved by the target year?"
 * It measures the gap between the value predicted for the target year and the target, relative
 * to the progress required from the baseline; the prediction comes from a time-weighted linear
 * regression that gives recent data more weight than earlier data.
 * Sources: UN ESCAP Statistics Division, "Progress Assessment Methodology",
 * https://data.unescap.org/resource-guides/progress-assessment-methodology ;
 * UNECE, "Technical notes on the progress assessment" (applies the ESCAP index),
 * https://w3.unece.org/sdg2023/technical-notes.html ;
 * ESCAP Working Paper SD/WP/04 (March 2017), "Weighted extrapolation method for measuring the SDGs",
 * https://www.unescap.org/resources/working-paper-series-sdwp04march-2017-weighted-extrapolation-method-measuring-sdgs
 *
 * Workbench choice: the published notes state that recent years weigh more but the stored copies
 * we could consult do not print the weight function; we weight each point by its position in time,
 * w = year - firstYear + 1 (the latest year weighs most). See ESCAP_TIME_WEIGHTING in method-docs.ts.
 */

/** ESCAP needs at least two data points (its indicator selection rule). */
export const ESCAP_MIN_POINTS = 2;

export type EscapAnticipatedCategory = "maintain_progress" | "accelerate_progress" | "reverse_trend";

export interface EscapAnticipatedProgress {
  readonly fit: LinearFit;
  /** Value the weighted trend gives for the target year. */
  readonly predictedValue: number;
  /** d * (predicted - baseline) / |target - baseline|: 1 = exactly on target; null when target = baseline. */
  readonly anticipatedProgress: number | null;
  readonly category: EscapAnticipatedCategory;
  /** Fractional year in which the trend line meets the target; null when it moves the wrong way. */
  readonly crossingYear: number | null;
}

/** Weight of each point: its year's position counted from the first year (1, 2, ...). */
export function escapTimeWeights(points: readonly SeriesPoint[]): number[] {
  const first = Math.min(...points.map((p) => p.year));
  return points.map((p) => p.year - first + 1);
}

/**
 * Categories as ESCAP's dashboards name them: the target is anticipated to be met (maintain
 * progress); progress is anticipated but not enough (accelerate progress); no progress or a move
 * away from the target is anticipated (reverse trend).
 * When target = baseline the ratio is undefined and the slope's sign decides.
 * null when fewer than two distinct years are given.
 */
export function escapAnticipatedProgress(
  points: readonly SeriesPoint[],
  baseline: SeriesPoint,
  target: SeriesPoint,
  direction: Direction,
): EscapAnticipatedProgress | null {
  if (points.length < ESCAP_MIN_POINTS) return null;
  const fit = weightedLinearFit(points, escapTimeWeights(points));
  if (fit === null) return null;
  const d = directionSign(direction);
  const predictedValue = fittedValue(fit, target.year);
  const distance = Math.abs(target.value - baseline.value);
  const anticipatedProgress = distance === 0 ? null : (d * (predictedValue - baseline.value)) / distance;
  const improving = anticipatedProgress === null ? d * fit.slope > 0 : anticipatedProgress > 0;
  const category = meetsTarget(predictedValue, target.value, direction)
    ? "maintain_progress"
    : improving
      ? "accelerate_progress"
      : "reverse_trend";
  const crossingYear = d * fit.slope > 0 ? (target.value - fit.intercept) / fit.slope : null;
  return { fit, predictedValue, anticipatedProgress, category, crossingYear };
}
