import { directionSign, meetsTarget } from "./direction.ts";
import type { Direction, EscapCurrentStatus, SeriesPoint } from "./gap-types.ts";

/** The Current Status Index runs from 0 (no progress since the baseline) to 10 (target reached). */
export const ESCAP_INDEX_SCALE = 10;

/**
 * ESCAP Current Status Index for one indicator: "How much progress has been made since the
 * baseline?" ESCAP measures the progress made since the base year "in relation to the progress
 * needed to reach the target" and shows it against the share of the period already elapsed
 * (the "current year line"): an indicator that reached or crossed that line has made the
 * progress expected to date.
 * Source: UN ESCAP Statistics Division, "Progress Assessment Methodology" (technical notes),
 * https://data.unescap.org/resource-guides/progress-assessment-methodology and
 * https://data.unescap.org/dataviz/methodology/technical-notes.html
 *
 * progress = d * (current - baseline) / |target - baseline|, with d = +1 (higher is better) or
 * -1 (lower is better): the signed form keeps "moving the right way" positive for both directions
 * and also when the baseline already lay beyond the target.
 * The index states the same on ESCAP's ten-point scale, 10 * progress, and is 10 once the target
 * is met (as public implementations of the index do, e.g. UNICEF MENARO's SDG trend analysis).
 * null when target = baseline (no distance to measure against) or target year = baseline year.
 */
export function escapCurrentStatus(
  baseline: SeriesPoint,
  current: SeriesPoint,
  target: SeriesPoint,
  direction: Direction,
): EscapCurrentStatus | null {
  const distance = Math.abs(target.value - baseline.value);
  const period = target.year - baseline.year;
  if (distance === 0 || period === 0) return null;
  const progress = (directionSign(direction) * (current.value - baseline.value)) / distance;
  const expectedProgress = Math.min(1, Math.max(0, (current.year - baseline.year) / period));
  const met = meetsTarget(current.value, target.value, direction);
  const index = met ? ESCAP_INDEX_SCALE : ESCAP_INDEX_SCALE * progress;
  const category = met
    ? "target_met"
    : progress >= expectedProgress
      ? "on_track"
      : progress >= 0
        ? "behind"
        : "regressed";
  return { progress, index, expectedProgress, category };
}
