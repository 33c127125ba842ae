import type { CellValue } from "exceljs";

/** What a workbook cell holds once formulas, rich text and links are reduced to their values. */
export type XlsxValue = number | string | boolean | Date | null;

export interface XlsxCellRead {
  value: XlsxValue;
  /** Why a non-empty cell had to be left empty (error value, formula without a saved result). */
  issue?: string;
}

/**
 * Formulas give their cached result (the value Excel last calculated and saved); the importer
 * never recalculates. Error values (#DIV/0!, #N/A ...) become empty cells, with a note.
 */
export function readCellValue(raw: CellValue): XlsxCellRead {
  if (raw === null || raw === undefined) return { value: null };
  if (typeof raw === "string") return { value: raw.trim() === "" ? null : raw };
  if (typeof raw === "number") return { value: Number.isFinite(raw) ? raw : null };
  if (typeof raw === "boolean" || raw instanceof Date) return { value: raw };
  if ("error" in raw) return { value: null, issue: `error value ${raw.error}` };
  if ("richText" in raw) return readCellValue(raw.richText.map((part) => part.text).join(""));
  if ("hyperlink" in raw) return readCellValue(raw.text as CellValue);
  if ("formula" in raw || "sharedFormula" in raw) {
    const result = raw.result;
    if (result === undefined) return { value: null, issue: "formula without a saved result" };
    return readCellValue(result as CellValue);
  }
  return { value: null, issue: "unrecognised cell content" };
}
