/**
 * Eurostat's assessment of indicators with quantitative targets (EU SDG monitoring report,
 * methodological annex): the ratio of the observed to the required compound annual growth rate.
 * Same semantics and labels as the gap_eurostat_class macro.
 */

export type EurostatClassLabel =
  | "significant progress"
  | "moderate progress"
  | "insufficient progress"
  | "moving away";

/** Lower bounds of the ratio observed / required, highest first. */
export const EUROSTAT_RATIO_THRESHOLDS = {
  significant: 0.95,
  moderate: 0.6,
  insufficient: 0,
} as const;

/** null when an input is missing or the required rate is 0 (the ratio is then undefined). */
export function eurostatClass(
  observedCagr: number | null,
  requiredCagr: number | null,
): EurostatClassLabel | null {
  if (observedCagr === null || requiredCagr === null) return null;
  if (!Number.isFinite(observedCagr) || !Number.isFinite(requiredCagr) || requiredCagr === 0) return null;
  const ratio = observedCagr / requiredCagr;
  if (ratio >= EUROSTAT_RATIO_THRESHOLDS.significant) return "significant progress";
  if (ratio >= EUROSTAT_RATIO_THRESHOLDS.moderate) return "moderate progress";
  if (ratio >= EUROSTAT_RATIO_THRESHOLDS.insufficient) return "insufficient progress";
  return "moving away";
}
