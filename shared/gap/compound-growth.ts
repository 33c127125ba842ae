/**
 * Compound annual growth, with the same semantics (and NULL rules) as the DuckDB macros
 * gap_cagr, gap_required_cagr and gap_years_to_target in electron/engine/gap/gap-macros.ts.
 * null stands for SQL NULL.
 */

function allFinite(...xs: readonly (number | null)[]): boolean {
  return xs.every((x) => x !== null && Number.isFinite(x));
}

/**
 * (vEnd / vStart) ^ (1 / (yearEnd - yearStart)) - 1.
 * null when the years are equal or a value is not positive (the rate is then undefined).
 */
export function cagr(
  vStart: number | null,
  yearStart: number | null,
  vEnd: number | null,
  yearEnd: number | null,
): number | null {
  if (!allFinite(vStart, yearStart, vEnd, yearEnd)) return null;
  const [v0, y0, v1, y1] = [vStart!, yearStart!, vEnd!, yearEnd!];
  if (y0 === y1 || v0 <= 0 || v1 <= 0) return null;
  return (v1 / v0) ** (1 / (y1 - y0)) - 1;
}

/** The compound annual growth rate needed to go from `current` to `target` by `targetYear`. */
export function requiredCagr(
  current: number | null,
  currentYear: number | null,
  target: number | null,
  targetYear: number | null,
): number | null {
  return cagr(current, currentYear, target, targetYear);
}

/**
 * ln(target / current) / ln(1 + rate): years until `rate` carries `current` to `target`.
 * 0 when already there; null when the rate never gets there (zero rate, rate <= -1, moving the
 * wrong way, or a value that is not positive).
 */
export function yearsToTarget(
  current: number | null,
  target: number | null,
  rate: number | null,
): number | null {
  if (!allFinite(current, target, rate)) return null;
  const [c, t, r] = [current!, target!, rate!];
  if (c <= 0 || t <= 0) return null;
  if (c === t) return 0;
  if (r <= -1 || r === 0) return null;
  if (t > c !== r > 0) return null;
  return Math.log(t / c) / Math.log(1 + r);
}
