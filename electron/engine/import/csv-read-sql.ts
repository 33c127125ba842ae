import type { CsvDialect } from "./import-types.ts";
import { quoteLiteral } from "./sql-quote.ts";

/** read_csv / sniff_csv arguments that fix the dialect, so DuckDB does not guess it again. */
function dialectArguments(dialect: CsvDialect): string[] {
  const args = [
    `delim=${quoteLiteral(dialect.delimiter)}`,
    `quote=${quoteLiteral(dialect.quote)}`,
    `escape=${quoteLiteral(dialect.quote)}`,
    `header=${dialect.header}`,
    `skip=${dialect.skipRows}`,
  ];
  // With a comma delimiter decimal commas can only be quoted text; those columns are cleaned in SQL instead.
  if (dialect.decimalSeparator === "," && dialect.delimiter !== ",") args.push("decimal_separator=','");
  if (dialect.dateFormat) args.push(`dateformat=${quoteLiteral(dialect.dateFormat)}`);
  if (dialect.timestampFormat) args.push(`timestampformat=${quoteLiteral(dialect.timestampFormat)}`);
  return args;
}

/** sniff_csv with the dialect fixed: DuckDB then only infers column names, types and date formats. */
export function sniffCsvSql(path: string, dialect: CsvDialect): string {
  return `SELECT Columns, DateFormat, TimestampFormat FROM sniff_csv(${[quoteLiteral(path), ...dialectArguments(dialect)].join(", ")})`;
}

/** A fully specified read_csv: no detection, so DuckDB reports any row that does not fit with its line. */
export function readCsvSql(
  path: string,
  dialect: CsvDialect,
  columns: [name: string, type: string][],
): string {
  const columnsArg = columns.map(([name, type]) => `${quoteLiteral(name)}: ${quoteLiteral(type)}`).join(", ");
  return `read_csv(${[quoteLiteral(path), "auto_detect=false", ...dialectArguments(dialect), `columns={${columnsArg}}`].join(", ")})`;
}
