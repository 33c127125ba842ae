import { randomUUID } from "node:crypto";
import { type DuckDBAppender, type DuckDBConnection, dateValue, timestampValue } from "@duckdb/node-api";
import { applyColumnTypes, validateColumnTypes } from "./column-type-overrides.ts";
import type { FileProbe } from "./file-probe.ts";
import { throwIfCancelled } from "./import-error.ts";
import { type PlanRequest, PREVIEW_ROW_LIMIT, type SourcePlan } from "./source-plan.ts";
import { quoteIdent } from "./sql-quote.ts";
import { inferColumnType, type StagedValue, stageValue } from "./xlsx-column-types.ts";
import { cellAddress, readXlsxSheet } from "./xlsx-sheet-read.ts";

/** Carries each staged row's sheet row number, so a failed cast can name its cell. */
const SHEET_ROW_COLUMN = "__osh_sheet_row";
const CANCEL_CHECK_ROWS = 1000;

/**
 * Workbooks cannot be read by DuckDB here (no excel extension), so exceljs reads the sheet and
 * an appender stages it, typed, in a temp table; from there it is loaded like any other source.
 */
export async function planXlsxSource(
  conn: DuckDBConnection,
  probe: FileProbe,
  request: PlanRequest,
): Promise<SourcePlan> {
  request.onProgress?.({ phase: "reading", bytesDone: 0, bytesTotal: probe.size });
  const data = await readXlsxSheet(probe.path, request.overrides.xlsx ?? {}, request.signal);
  validateColumnTypes(probe.path, data.names, request.columnTypes);
  const types = data.names.map((_, index) =>
    inferColumnType(data.rows.map((row) => row.values[index] ?? null)),
  );
  const stageName = `__osh_stage_${randomUUID().replaceAll("-", "")}`;
  const stage = `temp.main.${quoteIdent(stageName)}`;
  const definitions = data.names.map((name, index) => `${quoteIdent(name)} ${types[index]}`);
  await conn.run(
    `CREATE TEMP TABLE ${stage} (${quoteIdent(SHEET_ROW_COLUMN)} INTEGER, ${definitions.join(", ")})`,
  );
  const dispose = async (): Promise<void> => {
    await conn.run(`DROP TABLE IF EXISTS ${stage}`);
  };
  try {
    const rows = request.purpose === "preview" ? data.rows.slice(0, PREVIEW_ROW_LIMIT) : data.rows;
    const appender = await conn.createAppender(stageName, "main", "temp");
    try {
      rows.forEach((row, index) => {
        if (index % CANCEL_CHECK_ROWS === 0) throwIfCancelled(probe.path, request.signal);
        appender.appendInteger(row.sheetRow);
        types.forEach((type, column) => {
          appendStaged(appender, stageValue(row.values[column] ?? null, type));
        });
        appender.endRow();
      });
      appender.flushSync();
    } finally {
      appender.closeSync();
    }
  } catch (error) {
    await dispose();
    throw error;
  }
  const columns = data.names.map((name, index) => ({ name, type: types[index]!, expr: quoteIdent(name) }));
  return {
    detected: { format: "xlsx", xlsx: data.layout },
    from: stage,
    columns: applyColumnTypes(columns, request.columnTypes),
    warnings: data.warnings,
    failureContext: { file: probe.path, format: "xlsx" },
    rowNumberSql: quoteIdent(SHEET_ROW_COLUMN),
    placeOfRow: (row, column) => {
      const letter = data.letters[data.names.indexOf(column)];
      return letter ? { line: row, cell: cellAddress(data.layout.sheet, letter, row) } : { line: row };
    },
    sheets: data.sheets,
    dispose,
  };
}

function appendStaged(appender: DuckDBAppender, staged: StagedValue): void {
  switch (staged.kind) {
    case "null":
      appender.appendNull();
      return;
    case "boolean":
      appender.appendBoolean(staged.value);
      return;
    case "bigint":
      appender.appendBigInt(staged.value);
      return;
    case "double":
      appender.appendDouble(staged.value);
      return;
    case "date":
      appender.appendDate(dateValue(staged.days));
      return;
    case "timestamp":
      appender.appendTimestamp(timestampValue(staged.micros));
      return;
    case "text":
      appender.appendVarchar(staged.value);
      return;
  }
}
