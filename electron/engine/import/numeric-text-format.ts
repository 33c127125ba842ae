import type { DecimalSeparator, ThousandsSeparator } from "./import-types.ts";

/**
 * Marks statistical tables put in numeric cells for "no data", "not applicable" or "confidential"
 * (Russian-language practice: "-", "…", "х"). They become NULL in numeric columns.
 */
export const MISSING_VALUE_MARKS = [
  "-",
  "–",
  "—",
  "…",
  "...",
  "..",
  "x",
  "X",
  "х",
  "Х",
  "н/д",
  "н.д.",
] as const;

const MISSING = new Set<string>(MISSING_VALUE_MARKS);

export function isMissingMark(text: string): boolean {
  return MISSING.has(text.trim());
}

/** The characters a thousands separator " " stands for: Excel writes no-break spaces. */
export const SPACE_SEPARATORS = [" ", "\u00a0", "\u202f"] as const;

export interface ParsedNumber {
  value: number;
  grouped: boolean;
  fraction: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A parser for numbers written with the given separators, e.g. "1 234,5" or "-0,25" or "1.2e3". */
export function numberParser(
  decimal: DecimalSeparator,
  thousands: ThousandsSeparator,
): (text: string) => ParsedNumber | undefined {
  const d = escapeRegExp(decimal);
  const t = thousands === " " ? "[ \\u00a0\\u202f]" : escapeRegExp(thousands);
  const integer = thousands === "" ? "\\d+" : `(?:\\d{1,3}(?:${t}\\d{3})+|\\d+)`;
  const pattern = new RegExp(`^[+-]?(?:${integer}(?:${d}\\d+)?|${d}\\d+)(?:[eE][+-]?\\d+)?$`);
  const groupChar = thousands === "" ? undefined : new RegExp(t);
  const allGroupChars = thousands === "" ? undefined : new RegExp(t, "g");
  return (raw) => {
    const text = raw.trim();
    if (!pattern.test(text)) return undefined;
    const grouped = groupChar?.test(text) ?? false;
    const plain = (allGroupChars ? text.replace(allGroupChars, "") : text).replace(decimal, ".");
    return { value: Number(plain), grouped, fraction: plain.includes(".") };
  };
}

const DECIMAL_COMMA = /^[+-]?\d*,\d+$/;
const DECIMAL_DOT = /^[+-]?\d*\.\d+(?:[eE][+-]?\d+)?$/;
/** "1,234" and "1.234" could be either a decimal or a thousands group; they are not evidence. */
const AMBIGUOUS_GROUP = /^[+-]?\d{1,3}[.,]\d{3}$/;
const SPACE_GROUPED = /^[+-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:([.,])\d+)?$/;
const DOT_GROUPED = /^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const COMMA_GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** Decides the decimal and thousands separators from sample values by counting unambiguous evidence. */
export function detectNumberSeparators(values: Iterable<string>): {
  decimal: DecimalSeparator;
  thousands: ThousandsSeparator;
} {
  let comma = 0;
  let dot = 0;
  let space = 0;
  let dotGroups = 0;
  let commaGroups = 0;
  for (const raw of values) {
    const text = raw.trim();
    if (text === "" || AMBIGUOUS_GROUP.test(text)) continue;
    const spaced = SPACE_GROUPED.exec(text);
    if (spaced) {
      space++;
      if (spaced[1] === ",") comma++;
      if (spaced[1] === ".") dot++;
    } else if (DECIMAL_COMMA.test(text)) comma++;
    else if (DECIMAL_DOT.test(text)) dot++;
    else if (DOT_GROUPED.test(text)) {
      dotGroups++;
      if (text.includes(",")) comma++;
    } else if (COMMA_GROUPED.test(text)) {
      commaGroups++;
      if (text.includes(".")) dot++;
    }
  }
  const decimal: DecimalSeparator = comma > dot ? "," : ".";
  const groups: [ThousandsSeparator, number][] = [
    [" ", space],
    [".", decimal === "," ? dotGroups : 0],
    [",", decimal === "." ? commaGroups : 0],
  ];
  const [thousands, count] = groups.reduce((best, next) => (next[1] > best[1] ? next : best));
  return { decimal, thousands: count > 0 ? thousands : "" };
}

/** Numbers typed as text in a workbook cell: Russian style ("1 234,5") or plain ("1234.5"). */
const parseCommaDecimal = numberParser(",", " ");
const parseDotDecimal = numberParser(".", " ");

export function parseLooseNumber(text: string): number | undefined {
  return (parseCommaDecimal(text) ?? parseDotDecimal(text))?.value;
}
