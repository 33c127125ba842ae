import ExcelJS, { type Worksheet } from "exceljs";
import { ImportError, throwIfCancelled } from "./import-error.ts";
import type { XlsxLayout } from "./import-types.ts";
import { readCellValue, type XlsxValue } from "./xlsx-cell-value.ts";
import {
  columnLetter,
  columnNamesFromLabels,
  detectHeaderRow,
  detectHeaderRowCount,
  headerLabels,
} from "./xlsx-header.ts";

export interface XlsxRow {
  /** 1-based row number in the sheet, for messages. */
  sheetRow: number;
  values: XlsxValue[];
}

export interface XlsxSheetData {
  layout: XlsxLayout;
  sheets: string[];
  names: string[];
  /** Excel column letter of each named column. */
  letters: string[];
  rows: XlsxRow[];
  warnings: string[];
}

const LISTED_ISSUES = 5;

/** "Sheet1!C7", with the sheet name quoted when Excel would quote it. */
export function cellAddress(sheet: string, letter: string, row: number): string {
  const name = /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replaceAll("'", "''")}'`;
  return `${name}!${letter}${row}`;
}

/** Reads one worksheet as a header plus data rows, the header found (or given) as described in xlsx-header.ts. */
export async function readXlsxSheet(
  path: string,
  overrides: Partial<XlsxLayout>,
  signal?: AbortSignal,
): Promise<XlsxSheetData> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    throw new ImportError("MALFORMED", path, `not a readable XLSX workbook (${(error as Error).message})`);
  }
  throwIfCancelled(path, signal);
  const sheets = workbook.worksheets.map((sheet) => sheet.name);
  const sheet = chooseSheet(path, workbook.worksheets, overrides.sheet);
  const columns = sheet.columnCount;
  if (columns === 0 || sheet.actualRowCount === 0) {
    throw new ImportError("EMPTY_FILE", path, `sheet "${sheet.name}" is empty`);
  }
  const headerRow = overrides.headerRow ?? detectHeaderRow(sheet, columns);
  if (!Number.isInteger(headerRow) || headerRow < 1 || headerRow > sheet.rowCount) {
    throw new ImportError(
      "INVALID_OPTION",
      path,
      `header row ${headerRow} is outside sheet "${sheet.name}" (rows 1–${sheet.rowCount})`,
    );
  }
  const headerRowCount = overrides.headerRowCount ?? detectHeaderRowCount(sheet, headerRow, columns);
  const labels = headerLabels(sheet, headerRow, headerRowCount, columns);
  const warnings: string[] = [];
  if (overrides.headerRow === undefined && headerRow > 1) {
    warnings.push(`rows 1–${headerRow - 1} of sheet "${sheet.name}" above the header were skipped`);
  }
  const { rows, issues, blankRows, filledMerges } = readDataRows(sheet, headerRow + headerRowCount, columns);
  const used = usedColumnCount(labels, rows);
  if (issues.length > 0) {
    const listed = issues.slice(0, LISTED_ISSUES).join("; ");
    const more = issues.length > LISTED_ISSUES ? ` and ${issues.length - LISTED_ISSUES} more` : "";
    warnings.push(`cells left empty: ${listed}${more}`);
  }
  if (blankRows > 0) warnings.push(`${blankRows} empty row(s) in the sheet were skipped`);
  if (filledMerges > 0)
    warnings.push(`${filledMerges} merged data cell(s) were filled with their merged value`);
  return {
    layout: { sheet: sheet.name, headerRow, headerRowCount },
    sheets,
    names: columnNamesFromLabels(labels.slice(0, used)),
    letters: Array.from({ length: used }, (_, i) => columnLetter(i + 1)),
    rows: rows.map((row) => ({ sheetRow: row.sheetRow, values: row.values.slice(0, used) })),
    warnings,
  };
}

function chooseSheet(path: string, worksheets: Worksheet[], wanted: string | undefined): Worksheet {
  if (wanted !== undefined) {
    const found =
      worksheets.find((sheet) => sheet.name === wanted) ??
      worksheets.find((sheet) => sheet.name.toLowerCase() === wanted.toLowerCase());
    if (found) return found;
    const names = worksheets.map((sheet) => `"${sheet.name}"`).join(", ");
    throw new ImportError("SHEET_NOT_FOUND", path, `there is no sheet "${wanted}" (sheets: ${names})`);
  }
  const withData = worksheets.filter((sheet) => sheet.actualRowCount > 0);
  const chosen = withData.find((sheet) => sheet.state === "visible") ?? withData[0];
  if (!chosen) throw new ImportError("EMPTY_FILE", path, "the workbook has no data in any sheet");
  return chosen;
}

function readDataRows(
  sheet: Worksheet,
  firstRow: number,
  columns: number,
): { rows: XlsxRow[]; issues: string[]; blankRows: number; filledMerges: number } {
  const rows: XlsxRow[] = [];
  const issues: string[] = [];
  let blankRows = 0;
  let filledMerges = 0;
  let lastRow = firstRow - 1;
  sheet.eachRow({ includeEmpty: false }, (row, sheetRow) => {
    if (sheetRow < firstRow) return;
    blankRows += sheetRow - lastRow - 1;
    lastRow = sheetRow;
    const values: XlsxValue[] = [];
    for (let column = 1; column <= columns; column++) {
      const cell = row.getCell(column);
      const read = readCellValue(cell.value);
      if (read.issue)
        issues.push(`${cellAddress(sheet.name, columnLetter(column), sheetRow)} (${read.issue})`);
      if (cell.master !== cell && read.value !== null) filledMerges++;
      values.push(read.value);
    }
    if (values.every((value) => value === null)) blankRows++;
    else rows.push({ sheetRow, values });
  });
  return { rows, issues, blankRows, filledMerges };
}

/** Trailing columns with neither a header nor a value are formatting leftovers, not data. */
function usedColumnCount(labels: string[], rows: XlsxRow[]): number {
  let used = 0;
  for (let column = 0; column < labels.length; column++) {
    if (labels[column] !== "" || rows.some((row) => row.values[column] !== null)) used = column + 1;
  }
  return Math.max(used, 1);
}
