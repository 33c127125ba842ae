import { type CsvRecord, isBlankRecord, splitCsvRecords } from "./csv-record-split.ts";
import { ImportError } from "./import-error.ts";
import type { CsvDelimiter, CsvDialect } from "./import-types.ts";
import { detectNumberSeparators, isMissingMark, numberParser } from "./numeric-text-format.ts";

/** The most columns a table may have: Excel's limit, far beyond any real statistical table. */
const MAX_COLUMNS = 16_384;

/** Dialect found in a sample, plus what the later steps need from it. */
export interface CsvSampleAnalysis {
  dialect: Omit<CsvDialect, "dateFormat" | "timestampFormat">;
  /** Records below the header (or from skipRows when there is no header), as split from the sample. */
  dataRecords: CsvRecord[];
  fieldCount: number;
  warnings: string[];
}

/** Semicolon first: with decimal commas a semicolon file can also split evenly on commas. */
const DELIMITERS: CsvDelimiter[] = [";", "\t", "|", ","];
const SAMPLE_RECORDS = 2000;
const DELIMITER_PROBE_RECORDS = 200;

/** Detects the dialect from decoded sample text (byte-order mark already removed by the decoder). */
export function detectCsvDialect(
  path: string,
  text: string,
  sampleIsWholeFile: boolean,
  overrides: Partial<CsvDialect>,
): CsvSampleAnalysis {
  const quote = overrides.quote ?? '"';
  const delimiter = overrides.delimiter ?? chooseDelimiter(text, quote, sampleIsWholeFile);
  const records = splitCsvRecords(text, delimiter, quote, SAMPLE_RECORDS, sampleIsWholeFile);
  const wide = records.find((record) => record.fields.length > MAX_COLUMNS);
  if (wide) {
    throw new ImportError(
      "TOO_MANY_COLUMNS",
      path,
      `${wide.truncated ? "more than " : ""}${wide.fields.length} fields separated by ${delimiterName(delimiter)}; ` +
        `a table may have at most ${MAX_COLUMNS} columns. This does not look like a table — check the delimiter`,
      { line: wide.line + 1 },
    );
  }
  const content = records.filter((record) => !isBlankRecord(record));
  const fieldCount = modalFieldCount(content);
  const warnings: string[] = [];

  let start: number;
  let skipRows: number;
  if (overrides.skipRows !== undefined) {
    skipRows = overrides.skipRows;
    start = content.findIndex((record) => record.line >= skipRows);
  } else {
    start = content.findIndex((record) => record.fields.length === fieldCount && nonEmptyCount(record) >= 2);
    if (start < 0 || fieldCount < 2) start = 0;
    skipRows = content[start]?.line ?? 0;
    if (skipRows > 0) {
      const title = content
        .slice(0, start)
        .map((record) => record.fields.filter((field) => field.trim() !== "").join(" "))
        .join(" / ");
      warnings.push(`lines 1–${skipRows} above the table were skipped${title ? `: "${clip(title)}"` : ""}`);
    }
  }
  const body = start < 0 ? [] : content.slice(start);
  const separators = detectNumberSeparators(body.slice(1).flatMap((record) => record.fields));
  const decimalSeparator = overrides.decimalSeparator ?? separators.decimal;
  let thousandsSeparator = overrides.thousandsSeparator ?? separators.thousands;
  if (thousandsSeparator === decimalSeparator) {
    if (overrides.thousandsSeparator !== undefined) {
      throw new ImportError(
        "INVALID_OPTION",
        path,
        `the thousands separator and the decimal separator are both "${decimalSeparator}"`,
      );
    }
    thousandsSeparator = "";
  }
  const parse = numberParser(decimalSeparator, thousandsSeparator);
  const header = overrides.header ?? detectHeader(body, (value) => parse(value) !== undefined);
  return {
    dialect: { delimiter, quote, header, skipRows, decimalSeparator, thousandsSeparator },
    dataRecords: header ? body.slice(1) : body,
    fieldCount,
    warnings,
  };
}

function delimiterName(delimiter: CsvDelimiter): string {
  return { ";": "semicolons", "\t": "tabs", "|": "pipes", ",": "commas" }[delimiter];
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function nonEmptyCount(record: CsvRecord): number {
  return record.fields.filter((field) => field.trim() !== "").length;
}

function modalFieldCount(records: CsvRecord[]): number {
  const complete = records.filter((record) => !record.truncated);
  const counted = complete.length > 0 ? complete : records;
  const tally = new Map<number, number>();
  for (const record of counted) tally.set(record.fields.length, (tally.get(record.fields.length) ?? 0) + 1);
  let best = 1;
  let bestCount = 0;
  for (const [fields, count] of tally) {
    if (count > bestCount || (count === bestCount && fields > best)) {
      best = fields;
      bestCount = count;
    }
  }
  return best;
}

/** The delimiter that splits most records into the same number (≥ 2) of fields. */
function chooseDelimiter(text: string, quote: string, sampleIsWholeFile: boolean): CsvDelimiter {
  let best: CsvDelimiter = ",";
  let bestScore = [0, 0];
  for (const delimiter of DELIMITERS) {
    const records = splitCsvRecords(
      text,
      delimiter,
      quote,
      DELIMITER_PROBE_RECORDS,
      sampleIsWholeFile,
    ).filter((record) => !isBlankRecord(record));
    const mode = modalFieldCount(records);
    if (mode < 2) continue;
    const consistent = records.filter((record) => record.fields.length === mode || record.truncated).length;
    if (consistent > bestScore[0]! || (consistent === bestScore[0] && mode > bestScore[1]!)) {
      best = delimiter;
      bestScore = [consistent, mode];
    }
  }
  return best;
}

type ValueKind = "empty" | "number" | "year" | "date" | "text";

/** Longer than this, a first-row value is data (a long text cell), not a column name. */
const MAX_HEADER_NAME = 256;

const DATE_LIKE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const YEAR = /^(?:19|20)\d{2}$/;

function valueKind(value: string, isNumber: (value: string) => boolean): ValueKind {
  const text = value.trim();
  if (text === "" || isMissingMark(text)) return "empty";
  if (YEAR.test(text)) return "year";
  if (isNumber(text)) return "number";
  if (DATE_LIKE.test(text)) return "date";
  return "text";
}

/**
 * A header row is text above typed columns: a column of numbers or dates under a text cell says
 * "header". Years above numbers (the usual "Район;2021;2022" table) count as text.
 */
function detectHeader(body: CsvRecord[], isNumber: (value: string) => boolean): boolean {
  const [first, ...data] = body;
  if (!first) return false;
  if (first.fields.some((field) => field.length > MAX_HEADER_NAME)) return false;
  const firstKinds = first.fields.map((field) => valueKind(field, isNumber));
  if (data.length === 0) return firstKinds.every((kind) => kind === "text" || kind === "year");
  let sameKind = false;
  for (let column = 0; column < first.fields.length; column++) {
    const kinds = new Set(data.map((record) => valueKind(record.fields[column] ?? "", isNumber)));
    kinds.delete("empty");
    if (kinds.size === 0 || kinds.has("text")) continue;
    const dataKind = kinds.has("date") ? "date" : kinds.has("number") ? "number" : "year";
    const headKind = firstKinds[column]!;
    if (headKind === "text" || (headKind === "year" && dataKind !== "year")) return true;
    if (headKind !== "empty") sameKind = true;
  }
  if (sameKind) return false;
  const names = first.fields.map((field) => field.trim());
  return names.every((name) => name !== "") && new Set(names).size === names.length;
}
