import type { DuckDBConnection } from "@duckdb/node-api";
import ExcelJS, { type Worksheet } from "exceljs";
import { columnLetter } from "../import/xlsx-header.ts";
import { ExportError } from "./export-error.ts";
import type { ResolvedSource } from "./export-source.ts";
import type { ExportedProvenance } from "./export-types.ts";
import { toXlsxCell, type XlsxColumnKind, xlsxColumnKind, xlsxSelectItem } from "./xlsx-cell-from-duckdb.ts";

/** An XLSX sheet has 1,048,576 rows; one is the header. */
export const XLSX_MAX_DATA_ROWS = 1_048_575;
const XLSX_MAX_COLUMNS = 16_384;

const DATE_FORMAT = "yyyy-mm-dd";
const TIMESTAMP_FORMAT = "yyyy-mm-dd hh:mm:ss";
const HEADER_FILL = "FFD9E1F2";
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/**
 * XLSX with typed cells, written by exceljs's streaming writer while rows stream out of DuckDB,
 * so memory stays flat. Bold filled header, frozen header row, filter buttons, widths from the
 * first rows; a "Provenance" sheet when the table has recorded provenance.
 */
export async function writeXlsx(
  conn: DuckDBConnection,
  source: ResolvedSource,
  path: string,
  finalFile: string,
  provenance: ExportedProvenance | undefined,
): Promise<{ rows: number; warnings: string[] }> {
  const counted = await conn.runAndReadAll(`SELECT count(*) AS n FROM (${source.sql})`);
  const total = Number(counted.getRowObjectsJS()[0]?.n ?? 0);
  if (total > XLSX_MAX_DATA_ROWS) {
    throw new ExportError(
      "XLSX_TOO_MANY_ROWS",
      finalFile,
      `${source.label === "query" ? "the query result" : `table "${source.label}"`} has ${total.toLocaleString("en")} rows, ` +
        `but an XLSX sheet holds at most ${XLSX_MAX_DATA_ROWS.toLocaleString("en")} rows below the header. ` +
        "Export to CSV or Parquet instead, or filter the rows first",
      source.table,
    );
  }
  if (source.columns.length > XLSX_MAX_COLUMNS) {
    throw new ExportError(
      "XLSX_TOO_MANY_COLUMNS",
      finalFile,
      `${source.columns.length} columns, but an XLSX sheet holds at most ${XLSX_MAX_COLUMNS}`,
      source.table,
    );
  }
  const kinds = source.columns.map((column) => xlsxColumnKind(column.type));
  const list = source.columns.map((column) => xlsxSelectItem(column.name, column.type)).join(", ");
  const result = await conn.stream(`SELECT ${list} FROM (${source.sql})`);
  const chunks = result.yieldRowsJs()[Symbol.asyncIterator]();
  const first = await chunks.next();
  const firstRows = first.done ? [] : first.value;

  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(sheetName(source.label), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = source.columns.map((column, index) => ({
    header: column.name,
    key: String(index),
    width: columnWidth(column.name, kinds[index]!, firstRows, index),
    style: numberFormat(kinds[index]!),
  }));
  styleHeader(sheet, source.columns.length);

  const issues = new Map<string, string>();
  let rows = 0;
  const writeRows = (batch: unknown[][]): void => {
    for (const values of batch) {
      rows++;
      const cells = values.map((value, index) => {
        const cell = toXlsxCell(value);
        if (cell.issue && !issues.has(`${cell.issue}${index}`)) {
          issues.set(
            `${cell.issue}${index}`,
            issueText(cell.issue, source.columns[index]!.name, index, rows + 1),
          );
        }
        return cell.value;
      });
      sheet.addRow(cells).commit();
    }
  };
  writeRows(firstRows);
  for (let next = await chunks.next(); !next.done; next = await chunks.next()) writeRows(next.value);
  sheet.commit();
  if (provenance) addProvenanceSheet(workbook, provenance);
  await workbook.commit();
  return { rows, warnings: [...issues.values()] };
}

function issueText(
  issue: "truncated" | "big-integer",
  column: string,
  index: number,
  sheetRow: number,
): string {
  const cell = `${columnLetter(index + 1)}${sheetRow}`;
  return issue === "truncated"
    ? `column "${column}": text longer than Excel's 32,767 characters was cut (first at cell ${cell})`
    : `column "${column}": integers too large for Excel's numbers were written as text (first at cell ${cell})`;
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(label: string): string {
  const cleaned = label
    .replace(/[:\\/?*[\]]/g, "_")
    .slice(0, 31)
    .trim();
  return cleaned === "" ? "Data" : cleaned;
}

function numberFormat(kind: XlsxColumnKind): Partial<ExcelJS.Style> {
  if (kind === "date") return { numFmt: DATE_FORMAT };
  if (kind === "timestamp") return { numFmt: TIMESTAMP_FORMAT };
  return {};
}

function columnWidth(name: string, kind: XlsxColumnKind, sample: unknown[][], index: number): number {
  if (kind === "date") return Math.max(12, Math.min(name.length + 2, MAX_WIDTH));
  if (kind === "timestamp") return Math.max(20, Math.min(name.length + 2, MAX_WIDTH));
  let widest = name.length;
  for (const row of sample) {
    const value = row[index];
    if (value === null || value === undefined) continue;
    // A multi-line cell is as wide as its longest line.
    for (const line of String(value).split("\n")) widest = Math.max(widest, line.length);
  }
  return Math.min(Math.max(widest + 2, MIN_WIDTH), MAX_WIDTH);
}

function styleHeader(sheet: Worksheet, columns: number): void {
  const header = sheet.getRow(1);
  for (let column = 1; column <= columns; column++) {
    const cell = header.getCell(column);
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: "middle", wrapText: true };
    cell.border = { bottom: { style: "thin" } };
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns } };
}

function addProvenanceSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  provenance: ExportedProvenance,
): void {
  const sheet = workbook.addWorksheet("Provenance");
  sheet.columns = [
    { header: "Field", key: "field", width: 16 },
    { header: "Value", key: "value", width: 80 },
  ];
  styleHeader(sheet, 2);
  const rows: [string, string][] = [
    ["Table", provenance.table],
    ["Title", provenance.title ?? ""],
    ["Dataset", provenance.datasetId ?? ""],
    ["Sources", provenance.sourceIds.join(", ")],
    [
      "Synthetic",
      provenance.synthetic ? "YES — synthetic data generated by code, not official statistics" : "no",
    ],
    ["Exported", new Date().toISOString()],
  ];
  for (const [field, value] of rows) sheet.addRow([field, value]).commit();
  sheet.commit();
}
