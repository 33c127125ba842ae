import type { Cell, Worksheet } from "exceljs";
import { readCellValue } from "./xlsx-cell-value.ts";

/** Excel column letters: 1 -> A, 27 -> AA. */
export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function cellText(cell: Cell): string {
  const { value } = readCellValue(cell.master.value);
  if (value === null) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).replace(/\s+/g, " ").trim();
}

/** Cells of a row that are their own master (not the continuation of a merge) and not empty. */
function ownValues(sheet: Worksheet, row: number, columns: number): number {
  let count = 0;
  for (let column = 1; column <= columns; column++) {
    const cell = sheet.getCell(row, column);
    if (cell.master === cell && cellText(cell) !== "") count++;
  }
  return count;
}

/**
 * The header is the first row with at least two values of its own: a title merged across the
 * table above it has one value, so it is passed over.
 */
export function detectHeaderRow(sheet: Worksheet, columns: number): number {
  const needed = Math.min(2, columns);
  const last = Math.min(sheet.rowCount, 50);
  for (let row = 1; row <= last; row++) {
    if (ownValues(sheet, row, columns) >= needed) return row;
  }
  return 1;
}

const MAX_HEADER_ROWS = 4;

/**
 * Group headers span rows: a header continues into the next row while a merge from the header
 * reaches down into it, or while the last header row has a cell merged across columns (a parent
 * such as "Доля пользователей, %" over "2021 | 2022 | 2023").
 */
export function detectHeaderRowCount(sheet: Worksheet, headerRow: number, columns: number): number {
  let count = 1;
  while (count < MAX_HEADER_ROWS && headerRow + count <= sheet.rowCount) {
    const last = headerRow + count - 1;
    let continues = false;
    for (let column = 1; column <= columns && !continues; column++) {
      const below = sheet.getCell(last + 1, column).master;
      const belowMasterRow = below.fullAddress.row;
      if (belowMasterRow >= headerRow && belowMasterRow <= last) continues = true;
      const here = sheet.getCell(last, column);
      if (here.master !== here && here.master.fullAddress.row === last) continues = true;
    }
    if (!continues) break;
    count++;
  }
  return count;
}

/**
 * One label per column from the header rows: each row adds its (merged) label once, so a parent
 * merged over three columns gives "Parent / Child" and a label merged down two rows appears once.
 * A column without any header text gets "".
 */
export function headerLabels(
  sheet: Worksheet,
  headerRow: number,
  rowCount: number,
  columns: number,
): string[] {
  const labels: string[] = [];
  for (let column = 1; column <= columns; column++) {
    const parts: string[] = [];
    let previousMaster: Cell | undefined;
    for (let row = headerRow; row < headerRow + rowCount; row++) {
      const master = sheet.getCell(row, column).master;
      const text = cellText(master);
      if (master !== previousMaster && text !== "") parts.push(text);
      previousMaster = master;
    }
    labels.push(parts.join(" / "));
  }
  return labels;
}

/** Column names from header labels: unlabelled columns are named by their letter, repeats numbered. */
export function columnNamesFromLabels(labels: string[]): string[] {
  return uniqueNames(labels.map((label, index) => label || `column_${columnLetter(index + 1)}`));
}

/** DuckDB column names are case-insensitive, so "Доля" and "доля" would clash: number repeats. */
function uniqueNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.map((name) => {
    let unique = name;
    for (let n = 2; seen.has(unique.toLowerCase()); n++) unique = `${name} (${n})`;
    seen.add(unique.toLowerCase());
    return unique;
  });
}
