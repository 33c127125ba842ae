import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importFile } from "../../../electron/engine/import/import-file.ts";
import { previewImport } from "../../../electron/engine/import/preview-import.ts";
import { createImportTestEnv, encodeUtf16, type ImportTestEnv } from "./import-test-env.ts";

let env: ImportTestEnv;
beforeAll(async () => {
  env = await createImportTestEnv();
});
afterAll(async () => {
  await env.close();
});

/** A workbook laid out like a statistics committee table: title, two header rows with merges, a formula. */
async function writeStatWorkbook(name: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const notes = workbook.addWorksheet("Примечания");
  notes.getCell("A1").value = "Источник: НСК КР";
  const sheet = workbook.addWorksheet("Данные 2023");
  sheet.getCell("A1").value = "Таблица 2. Доля пользователей Интернета";
  sheet.mergeCells("A1:F1");
  sheet.getCell("A3").value = "Район";
  sheet.mergeCells("A3:A4");
  sheet.getCell("B3").value = "Доля пользователей Интернета, %";
  sheet.mergeCells("B3:C3");
  sheet.getCell("B4").value = 2022;
  sheet.getCell("C4").value = 2023;
  sheet.getCell("D3").value = "Прирост";
  sheet.mergeCells("D3:D4");
  sheet.getCell("E3").value = "Дата";
  sheet.mergeCells("E3:E4");
  sheet.getCell("F3").value = "Город";
  sheet.mergeCells("F3:F4");
  sheet.addRow([
    "Ош",
    60.5,
    65.25,
    { formula: "C5-B5", result: 4.75 },
    new Date(Date.UTC(2023, 11, 31)),
    true,
  ]);
  sheet.addRow([
    "Ноокат",
    "41,5",
    "-",
    { formula: "C6-B6", result: { error: "#VALUE!" } },
    new Date(Date.UTC(2024, 0, 1)),
    false,
  ]);
  sheet.addRow([
    "Узген",
    30,
    31,
    { sharedFormula: "D5", result: 1 } as ExcelJS.CellValue,
    new Date(Date.UTC(2024, 0, 2)),
    false,
  ]);
  const path = env.path(name);
  await workbook.xlsx.writeFile(path);
  return path;
}

describe("XLSX import", () => {
  it("finds the data sheet, skips the title and flattens merged headers into 'Parent / Child'", async () => {
    const file = await writeStatWorkbook("stat.xlsx");
    const preview = await previewImport(env.conn, file, { xlsx: { sheet: "Данные 2023" } });
    expect(preview.sheets).toEqual(["Примечания", "Данные 2023"]);
    expect(preview.detected).toEqual({
      format: "xlsx",
      xlsx: { sheet: "Данные 2023", headerRow: 3, headerRowCount: 2 },
    });
    expect(preview.columns).toEqual([
      { name: "Район", type: "VARCHAR" },
      { name: "Доля пользователей Интернета, % / 2022", type: "DOUBLE" },
      { name: "Доля пользователей Интернета, % / 2023", type: "DOUBLE" },
      { name: "Прирост", type: "DOUBLE" },
      { name: "Дата", type: "DATE" },
      { name: "Город", type: "BOOLEAN" },
    ]);
    expect(preview.rows[0]).toEqual(["Ош", 60.5, 65.25, 4.75, "2023-12-31", true]);
    expect(preview.rows[1]).toEqual(["Ноокат", 41.5, null, null, "2024-01-01", false]);
    expect(preview.warnings.join("\n")).toContain("'Данные 2023'!D6 (error value #VALUE!)");
  });

  it("loads formulas as their saved results and dates as dates", async () => {
    const file = await writeStatWorkbook("formulas.xlsx");
    const result = await importFile(env.conn, file, { options: { xlsx: { sheet: "Данные 2023" } } });
    expect(result.rows).toBe(3);
    expect(await env.rows(`SELECT "Прирост", CAST("Дата" AS VARCHAR) FROM formulas ORDER BY "Дата"`)).toEqual(
      [
        [4.75, "2023-12-31"],
        [null, "2024-01-01"],
        [1, "2024-01-02"],
      ],
    );
  });

  it("takes the sheet and header row the user chooses", async () => {
    const file = await writeStatWorkbook("chosen.xlsx");
    const preview = await previewImport(env.conn, file, {
      xlsx: { sheet: "Данные 2023", headerRow: 4, headerRowCount: 1 },
    });
    expect(preview.columns.map((column) => column.name)).toEqual([
      "Район",
      "2022",
      "2023",
      "Прирост",
      "Дата",
      "Город",
    ]);
    await expect(previewImport(env.conn, file, { xlsx: { sheet: "Лист9" } })).rejects.toMatchObject({
      code: "SHEET_NOT_FOUND",
      message: 'chosen.xlsx: there is no sheet "Лист9" (sheets: "Примечания", "Данные 2023")',
    });
  });

  it("names the cell when a column type the user chose does not fit", async () => {
    const file = await writeStatWorkbook("badtype.xlsx");
    await expect(
      importFile(env.conn, file, {
        options: { xlsx: { sheet: "Данные 2023" } },
        columnTypes: { Район: "INTEGER" },
      }),
    ).rejects.toMatchObject({
      code: "TYPE_MISMATCH",
      cell: "'Данные 2023'!A5",
      column: "Район",
      message: expect.stringContaining('value "Ош" is not a valid INTEGER'),
    });
    expect(await env.tableNames()).not.toContain("badtype");
  });
});

describe("Parquet and JSON import", () => {
  it("reads Parquet", async () => {
    const file = env.path("users.parquet");
    await env.conn.run(
      `COPY (SELECT 'Ош' AS district, 65.25::DOUBLE AS share, DATE '2023-12-31' AS day) TO '${file}' (FORMAT parquet)`,
    );
    const result = await importFile(env.conn, file);
    expect(result.columns).toEqual([
      { name: "district", type: "VARCHAR" },
      { name: "share", type: "DOUBLE" },
      { name: "day", type: "DATE" },
    ]);
    expect(await env.rows("SELECT district, share FROM users")).toEqual([["Ош", 65.25]]);
  });

  it("reads a JSON array of objects", async () => {
    const file = await env.write(
      "array.json",
      JSON.stringify([
        { district: "Ош", share: 65.25 },
        { district: "Ноокат", share: null },
      ]),
    );
    const preview = await previewImport(env.conn, file);
    expect(preview.detected).toEqual({ format: "json", encoding: "utf-8" });
    // "array" is a reserved word in SQL, so the table name gets a suffix.
    expect((await importFile(env.conn, file)).table).toBe("array_data");
    expect(await env.rows("SELECT * FROM array_data ORDER BY district")).toEqual([
      ["Ноокат", null],
      ["Ош", 65.25],
    ]);
  });

  it("reads NDJSON and applies column types", async () => {
    const file = await env.write(
      "lines.ndjson",
      '{"year": 2022, "users": 10}\n{"year": 2023, "users": 12}\n',
    );
    const result = await importFile(env.conn, file, { columnTypes: { year: "VARCHAR" } });
    expect(result.detected).toEqual({ format: "ndjson", encoding: "utf-8" });
    expect(result.columns).toEqual([
      { name: "year", type: "VARCHAR" },
      { name: "users", type: "BIGINT" },
    ]);
  });

  it("re-encodes UTF-16 NDJSON for DuckDB", async () => {
    const file = await env.write(
      "utf16.ndjson",
      encodeUtf16('{"район": "Ош"}\n{"район": "Ноокат"}\n', "le", true),
    );
    const result = await importFile(env.conn, file);
    expect(result.detected).toEqual({ format: "ndjson", encoding: "utf-16le" });
    expect(await env.rows("SELECT район FROM utf16 ORDER BY 1")).toEqual([["Ноокат"], ["Ош"]]);
  });

  it("recognises NDJSON by content when the extension says .json", async () => {
    const file = await env.write("actually_lines.json", '{"a": 1}\n{"a": 2}\n');
    expect((await previewImport(env.conn, file)).detected.format).toBe("ndjson");
  });
});
