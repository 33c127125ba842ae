import type { GrowthKind } from "./gap-types.ts";

/** Figures as the scorecard writes them: grouped thousands, 1-2 decimals, a dash for none. */
export const NO_VALUE = "–";

export function formatValue(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return NO_VALUE;
  const digits = Math.abs(v) >= 100 ? 1 : 2;
  return new Intl.NumberFormat("en", { maximumFractionDigits: digits }).format(v);
}

export function formatSigned(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return NO_VALUE;
  return `${v > 0 ? "+" : ""}${formatValue(v)}`;
}

/** A share (0.64) as a percentage ("64 %"). */
export function formatShare(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return NO_VALUE;
  return `${Math.round(v * 100)} %`;
}

/** Growth per year: a compound rate as "+5.2 %/yr", a change in the indicator's unit as "+1.3/yr". */
export function formatGrowth(v: number | null | undefined, kind: GrowthKind): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return NO_VALUE;
  return kind === "compound_rate" ? `${formatSigned(v * 100)} %/yr` : `${formatSigned(v)}/yr`;
}

/** A growth rate already in percent a year ("+3.2 %/yr"). */
export function formatRatePct(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return NO_VALUE;
  return `${formatSigned(Math.round(v * 10) / 10)} %/yr`;
}
