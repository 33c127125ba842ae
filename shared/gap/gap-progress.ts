/**
 * Share of the baseline-to-target distance covered: (current - baseline) / (target - baseline).
 * Same semantics as the gap_progress macro; null when target = baseline or an input is missing.
 * The sign takes care of direction as long as the target lies on the desired side of the baseline.
 */
export function gapProgress(
  baseline: number | null,
  current: number | null,
  target: number | null,
): number | null {
  if (baseline === null || current === null || target === null) return null;
  if (![baseline, current, target].every(Number.isFinite)) return null;
  if (target === baseline) return null;
  return (current - baseline) / (target - baseline);
}
