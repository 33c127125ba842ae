/** Whether numbers in this locale are written with a decimal comma (ru, ky, kk, uk, de ...), per ICU. */
export function usesDecimalComma(locale: string): boolean {
  try {
    const parts = new Intl.NumberFormat(locale).formatToParts(1.5);
    return parts.find((part) => part.type === "decimal")?.value === ",";
  } catch {
    return false;
  }
}
