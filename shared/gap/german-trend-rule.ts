import { directionSign, meetsTarget } from "./direction.ts";
import type { Direction, GermanWeather, SeriesPoint } from "./gap-types.ts";

/**
 * German Sustainable Development Strategy, indicator status ("weather symbols") for indicators
 * with an absolute or relative target value. The average annual change over the last five years
 * (from the last six data points; at least the last four when data are short) is carried forward
 * to the target year; the projected value is compared with the target, relative to the distance
 * between target and current value:
 *   sun             - target met, or missed by less than 5 % of |target - current|
 *   slightly cloudy - missed by at least 5 % and at most 20 %
 *   cloudy          - moving the right way but missed by more than 20 %
 *   thunderstorm    - not moving the right way: the gap stays large or widens
 * Source: Federal Statistical Office of Germany (Destatis), "Indicator status - Methodology",
 * https://dns-indikatoren.de/en/status
 *
 * Years between points need not be consecutive: the average annual change is
 * (last - first) / (lastYear - firstYear) over the window, which equals the mean of the yearly
 * changes when the data are annual.
 */

export const GERMAN_WINDOW_POINTS = 6;
export const GERMAN_MIN_POINTS = 4;
export const GERMAN_DEVIATION_THRESHOLDS = { sun: 0.05, slightlyCloudy: 0.2 } as const;

export interface GermanTrendResult {
  readonly weather: GermanWeather;
  readonly averageAnnualChange: number;
  /** current + averageAnnualChange * (targetYear - currentYear); the current value when the target year has passed. */
  readonly projectedValue: number;
  /** d * (target - projected) / |target - current|; null when target = current. */
  readonly deviation: number | null;
  readonly windowStartYear: number;
  readonly pointsUsed: number;
}

/** `points` sorted by year, one per year. null when fewer than GERMAN_MIN_POINTS points are given. */
export function germanTrendRule(
  points: readonly SeriesPoint[],
  target: SeriesPoint,
  direction: Direction,
): GermanTrendResult | null {
  if (points.length < GERMAN_MIN_POINTS) return null;
  const window = points.slice(-GERMAN_WINDOW_POINTS);
  const first = window[0]!;
  const current = window[window.length - 1]!;
  const averageAnnualChange = (current.value - first.value) / (current.year - first.year);
  const horizon = Math.max(0, target.year - current.year);
  const projectedValue = current.value + averageAnnualChange * horizon;
  const d = directionSign(direction);
  const distance = Math.abs(target.value - current.value);
  const deviation = distance === 0 ? null : (d * (target.value - projectedValue)) / distance;
  const weather: GermanWeather = meetsTarget(projectedValue, target.value, direction)
    ? "sun"
    : d * averageAnnualChange <= 0
      ? "thunderstorm"
      : deviation! < GERMAN_DEVIATION_THRESHOLDS.sun
        ? "sun"
        : deviation! <= GERMAN_DEVIATION_THRESHOLDS.slightlyCloudy
          ? "slightly_cloudy"
          : "cloudy";
  return {
    weather,
    averageAnnualChange,
    projectedValue,
    deviation,
    windowStartYear: first.year,
    pointsUsed: window.length,
  };
}
