import type { DuckDBConnection } from "@duckdb/node-api";
import { validateColumnTypes } from "./column-type-overrides.ts";
import { detectCsvDialect } from "./csv-dialect-detect.ts";
import { readCsvSql, sniffCsvSql } from "./csv-read-sql.ts";
import { type DuckDBFailureContext, importErrorFromDuckDB } from "./duckdb-import-error.ts";
import type { FileProbe } from "./file-probe.ts";
import type { CsvDialect, ImportColumn } from "./import-types.ts";
import { isMissingMark, numberParser, type ParsedNumber } from "./numeric-text-format.ts";
import { numericTextSql } from "./numeric-text-sql.ts";
import type { PlannedColumn, PlanRequest, SourcePlan } from "./source-plan.ts";
import { quoteIdent } from "./sql-quote.ts";
import { prepareTextSource } from "./text-source-prepare.ts";

/**
 * Delimited text: the dialect is detected on a sample in JS, column types by DuckDB's sniffer with
 * that dialect fixed, and the rows are read by a fully specified read_csv. Number columns written
 * with thousands separators or "-" marks are read as text and converted in SQL.
 */
export async function planCsvSource(
  conn: DuckDBConnection,
  probe: FileProbe,
  request: PlanRequest,
): Promise<SourcePlan> {
  const text = await prepareTextSource(probe, request);
  try {
    const overrides = request.overrides.csv ?? {};
    const analysis = detectCsvDialect(probe.path, text.sampleText, text.sampleIsWholeFile, overrides);
    const failureContext: DuckDBFailureContext = {
      file: probe.path,
      format: "csv",
      encoding: text.encoding,
      detectedEncoding: text.detectedEncoding,
    };
    const requested: CsvDialect = {
      ...analysis.dialect,
      dateFormat: overrides.dateFormat ?? null,
      timestampFormat: overrides.timestampFormat ?? null,
    };
    const sniffed = await sniffColumns(conn, text.readPath, requested, analysis.fieldCount, failureContext);
    const dialect: CsvDialect = {
      ...requested,
      dateFormat: requested.dateFormat ?? sniffed.dateFormat,
      timestampFormat: requested.timestampFormat ?? sniffed.timestampFormat,
    };
    validateColumnTypes(
      probe.path,
      sniffed.columns.map((column) => column.name),
      request.columnTypes,
    );
    const parse = numberParser(dialect.decimalSeparator, dialect.thousandsSeparator);
    const readColumns: [string, string][] = [];
    const columns: PlannedColumn[] = [];
    const converted: string[] = [];
    sniffed.columns.forEach(({ name, type }, index) => {
      const userType = request.columnTypes[name]?.trim();
      const values = analysis.dataRecords.map((record) => record.fields[index] ?? "");
      const numericType = type === "VARCHAR" ? formattedNumberType(values, parse, dialect) : undefined;
      if (numericType && (userType === undefined || isNumericTypeName(userType))) {
        const target = (userType ?? numericType).toUpperCase();
        const sql = numericTextSql(
          quoteIdent(name),
          dialect.decimalSeparator,
          dialect.thousandsSeparator,
          target,
        );
        readColumns.push([name, "VARCHAR"]);
        columns.push({
          name,
          type: target,
          expr: sql.expr,
          check: { raw: quoteIdent(name), fails: sql.fails },
        });
        converted.push(`"${name}"`);
      } else {
        const finalType = (userType ?? type).toUpperCase();
        readColumns.push([name, finalType]);
        columns.push({ name, type: finalType, expr: quoteIdent(name) });
      }
    });
    const warnings = [...text.warnings, ...analysis.warnings];
    if (converted.length > 0) {
      warnings.push(
        `numbers written with thousands separators or marks such as "-" or "…" are converted in ${converted.join(", ")}; the marks become empty (NULL)`,
      );
    }
    const firstDataLine = dialect.skipRows + (dialect.header ? 1 : 0);
    return {
      detected: { format: "csv", encoding: text.encoding, csv: dialect },
      from: readCsvSql(text.readPath, dialect, readColumns),
      columns,
      warnings,
      failureContext,
      rowNumberSql: "row_number() OVER ()",
      placeOfRow: (row) => ({ line: firstDataLine + row }),
      dispose: text.dispose,
    };
  } catch (error) {
    await text.dispose();
    throw error;
  }
}

interface SniffedColumns {
  columns: ImportColumn[];
  dateFormat: string | null;
  timestampFormat: string | null;
}

async function sniffColumns(
  conn: DuckDBConnection,
  path: string,
  dialect: CsvDialect,
  fieldCount: number,
  context: DuckDBFailureContext,
): Promise<SniffedColumns> {
  try {
    const reader = await conn.runAndReadAll(sniffCsvSql(path, dialect));
    const row = reader.getRowObjectsJS()[0]!;
    const columns = (row.Columns as { name: string; type: string }[]).map(({ name, type }) => ({
      name,
      type,
    }));
    const text = (value: unknown): string | null =>
      typeof value === "string" && value !== "" ? value : null;
    return { columns, dateFormat: text(row.DateFormat), timestampFormat: text(row.TimestampFormat) };
  } catch (error) {
    await findFirstBadLine(conn, path, dialect, fieldCount, context);
    throw importErrorFromDuckDB(error, context);
  }
}

/**
 * DuckDB's sniffer only says it failed; a strict all-text read of the same dialect names the first
 * line that does not fit (wrong field count, invalid text), which is what the user needs.
 */
async function findFirstBadLine(
  conn: DuckDBConnection,
  path: string,
  dialect: CsvDialect,
  fieldCount: number,
  context: DuckDBFailureContext,
): Promise<void> {
  const columns = Array.from({ length: fieldCount }, (_, i): [string, string] => [`column${i}`, "VARCHAR"]);
  try {
    await conn.run(`SELECT count(*) FROM ${readCsvSql(path, dialect, columns)}`);
  } catch (error) {
    throw importErrorFromDuckDB(error, context);
  }
}

const NUMERIC_TYPE =
  /^(TINYINT|SMALLINT|INTEGER|INT|BIGINT|HUGEINT|U?(TINY|SMALL|BIG|HUGE)?INT|FLOAT|REAL|DOUBLE|DECIMAL|NUMERIC)\b/i;

function isNumericTypeName(type: string): boolean {
  return NUMERIC_TYPE.test(type);
}

/**
 * The numeric type of a text column whose sample values are all numbers in the file's format or
 * missing marks — but only when DuckDB cannot parse them itself (grouping, marks, quoted decimal commas).
 */
function formattedNumberType(
  values: string[],
  parse: (text: string) => ParsedNumber | undefined,
  dialect: CsvDialect,
): "BIGINT" | "DOUBLE" | undefined {
  let numbers = 0;
  let grouped = false;
  let marks = false;
  let fraction = false;
  for (const value of values) {
    if (value.trim() === "") continue;
    if (isMissingMark(value)) {
      marks = true;
      continue;
    }
    const parsed = parse(value);
    if (!parsed) return undefined;
    numbers++;
    grouped ||= parsed.grouped;
    fraction ||= parsed.fraction;
  }
  const quotedDecimalCommas = dialect.delimiter === "," && dialect.decimalSeparator === "," && fraction;
  if (numbers === 0 || !(grouped || marks || quotedDecimalCommas)) return undefined;
  return fraction ? "DOUBLE" : "BIGINT";
}
