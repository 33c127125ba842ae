import { createReadStream, createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import type { DuckDBConnection } from "@duckdb/node-api";
import { quoteIdent, quoteLiteral } from "../import/sql-quote.ts";
import { copiedRows } from "./copy-result.ts";
import { usesDecimalComma } from "./decimal-locale.ts";
import { ExportError } from "./export-error.ts";
import type { ResolvedSource } from "./export-source.ts";
import type { ExportOptions } from "./export-types.ts";

const FRACTIONAL_TYPE = /^(DOUBLE|FLOAT|REAL|DECIMAL|NUMERIC)/i;
const UTF8_BOM = "\ufeff";

/** The CSV layout chosen for the options: delimiter, decimal comma, byte-order mark. */
function csvLayout(options: ExportOptions): {
  delimiter: string;
  decimalComma: boolean;
  bom: boolean;
} {
  const excel = options.excelFriendly === true;
  const decimalComma = excel && usesDecimalComma(options.locale ?? "en");
  return { delimiter: options.delimiter ?? (decimalComma ? ";" : ","), decimalComma, bom: excel };
}

/**
 * CSV written by DuckDB's COPY. DuckDB cannot write decimal commas or a BOM, so fractional
 * columns are turned into text with "," in the SELECT, and the BOM is put in front afterwards.
 */
export async function writeCsv(
  conn: DuckDBConnection,
  source: ResolvedSource,
  path: string,
  finalFile: string,
  options: ExportOptions,
): Promise<number> {
  const layout = csvLayout(options);
  const list = source.columns.map(({ name, type }) => {
    const column = quoteIdent(name);
    return layout.decimalComma && FRACTIONAL_TYPE.test(type)
      ? `replace(CAST(${column} AS VARCHAR), '.', ',') AS ${column}`
      : column;
  });
  const copy = async (target: string): Promise<number> => {
    const reader = await conn
      .runAndReadAll(
        `COPY (SELECT ${list.join(", ")} FROM (${source.sql})) TO ${quoteLiteral(target)}
         (FORMAT csv, HEADER true, DELIMITER ${quoteLiteral(layout.delimiter)})`,
      )
      .catch((error: unknown) => {
        throw new ExportError(
          "WRITE_FAILED",
          finalFile,
          `cannot write the CSV: ${(error as Error).message.split("\n")[0]}`,
        );
      });
    return copiedRows(reader.getRowObjectsJS());
  };
  if (!layout.bom) return copy(path);
  const body = `${path}.body`;
  try {
    const rows = await copy(body);
    const out = createWriteStream(path);
    out.write(UTF8_BOM);
    await pipeline(createReadStream(body), out);
    return rows;
  } finally {
    await rm(body, { force: true });
  }
}
