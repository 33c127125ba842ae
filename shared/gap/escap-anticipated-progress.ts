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
 * ESCAP Working Paper SD/WP/04 (March 2017), "Weighted extrapolation method for measuring the SDGs".
 * The weight of an observation grows as it nears the year predicted, w = (T - t0) / (T - t): the
 * first observation weighs 1. See ESCAP_TIME_WEIGHTING in method-docs.ts for where this comes from.
 */

/** ESCAP needs at least two data points (its indicator selection rule). */
export const ESCAP_MIN_POINTS = 2;

export type EscapAnticipatedCategory = "maintain_progress" | "accelerate_progress" | "reverse_trend";

export interface EscapAnticipatedProgress {
  readonly fit: LinearFit;
  /** Value for the target year: observed when that year is in the data, else the trend's value. */
  readonly predictedValue: number;
  /** d * (predicted - baseline) / |target - baseline|: 1 = exactly on target; null when target = baseline. */
  readonly anticipatedProgress: number | null;
  readonly category: EscapAnticipatedCategory;
  /** Fractional year in which the trend line meets the target; null when it moves the wrong way. */
  readonly crossingYear: number | null;
}

/**
 * Weight of each observation for a prediction of year T: w = (T - t0) / (T - t), t0 the first
 * observed year. The first observation weighs 1 and the weight grows towards T.
 * Every year must lie before T.
 */
export function escapTimeWeights(points: readonly SeriesPoint[], predictedYear: number): number[] {
  const first = Math.min(...points.map((p) => p.year));
  return points.map((p) => {
    if (p.year >= predictedYear) {
      throw new RangeError(
        `escapTimeWeights: year ${p.year} is not before the predicted year ${predictedYear}`,
      );
    }
    return (predictedYear - first) / (predictedYear - p.year);
  });
}

/**
 * The weighted trend used to predict `year`. When `year` is not after the data (a target year
 * already passed), the weights are those for the year after the latest observation, so that the
 * line still says how the indicator moves now (for the projected year).
 */
export function escapTrend(points: readonly SeriesPoint[], year: number): LinearFit | null {
  if (points.length < ESCAP_MIN_POINTS) return null;
  const predictedYear = Math.max(year, Math.max(...points.map((p) => p.year)) + 1);
  return weightedLinearFit(points, escapTimeWeights(points, predictedYear));
}

/**
 * Categories as ESCAP's dashboards name them: the target is anticipated to be met (maintain
 * progress); progress is anticipated but not enough (accelerate progress); no progress or a move
 * away from the target is anticipated (reverse trend).
 * A target year that is already observed needs no prediction: the observed value is used.
 * When target = baseline the ratio is undefined and the slope's sign decides.
 * null when there are too few observations to predict the target year.
 */
export function escapAnticipatedProgress(
  points: readonly SeriesPoint[],
  baseline: SeriesPoint,
  target: SeriesPoint,
  direction: Direction,
): EscapAnticipatedProgress | null {
  if (points.length < ESCAP_MIN_POINTS) return null;
  const fit = escapTrend(points, target.year);
  if (fit === null) return null;
  const predictedValue = points.find((p) => p.year === target.year)?.value ?? fittedValue(fit, target.year);
  const d = directionSign(direction);
  const distance = Math.abs(target.value - baseline.value);
  const anticipatedProgress = distance === 0 ? null : (d * (predictedValue - baseline.value)) / distance;
  const improving = anticipatedProgress === null ? d * fit.slope > 0 : anticipatedProgress > 0;
  const category = meetsTarget(predictedValue, target.value, direction)
    ? "maintain_progress"
    : improving
      ? "accelerate_progress"
      : "reverse_trend";
  const crossingYear = fit !== null && d * fit.slope > 0 ? (target.value - fit.intercept) / fit.slope : null;
  return { fit, predictedValue, anticipatedProgress, category, crossingYear };
}
