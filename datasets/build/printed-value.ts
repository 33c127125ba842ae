/**
 * Values in the compiled CSVs are text as the source printed them, sometimes with a bound or
 * approximation marker ("<=52", ">4.1", "~3000"). The bundled tables need a DOUBLE, so the
 * marker moves to its own column and the printed text is kept next to it.
 */

export type ValueQualifier = ">" | "<" | ">=" | "<=" | "~";

export interface PrintedValue {
  /** Decimal digits as printed, without the marker (e.g. "4.1"). */
  digits: string;
  qualifier: ValueQualifier | null;
}

const PRINTED = /^(>=|<=|>|<|~)?\s*(-?\d+(?:\.\d+)?)$/;

export function parsePrintedValue(text: string, where: string): PrintedValue {
  const match = PRINTED.exec(text.trim());
  if (!match)
    throw new Error(`${where}: value "${text}" is not a number (optionally after >, <, >=, <= or ~)`);
  return { digits: match[2] ?? "", qualifier: (match[1] as ValueQualifier | undefined) ?? null };
}

/**
 * Multiplies a printed decimal by 10^power by moving the decimal point in the text, so
 * "333.6" thousand becomes exactly 333600 (binary floating-point multiplication could
 * give 333599.99999999994).
 */
export function shiftDecimal(digits: string, power: number): number {
  if (power === 0) return Number(digits);
  const negative = digits.startsWith("-");
  const plain = negative ? digits.slice(1) : digits;
  const [whole = "", fraction = ""] = plain.split(".");
  const all = whole + fraction.padEnd(power, "0");
  const pointAt = whole.length + power;
  const shifted = `${all.slice(0, pointAt)}.${all.slice(pointAt)}`;
  return Number(`${negative ? "-" : ""}${shifted}`);
}
