/**
 * The first whole calendar year in which a trend reaches the target, given the (fractional)
 * years it needs from the latest observation. The tiny tolerance keeps 2.0000000000000004
 * years, a rounding artefact, from becoming 3.
 */
export function projectedYearFrom(latestYear: number, yearsNeeded: number | null): number | null {
  if (yearsNeeded === null || !Number.isFinite(yearsNeeded) || yearsNeeded < 0) return null;
  return latestYear + Math.max(1, Math.ceil(yearsNeeded - 1e-9));
}
