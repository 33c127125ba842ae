import { existsSync, readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExportError } from "../../../electron/engine/export/export-error.ts";
import { exportTable } from "../../../electron/engine/export/export-table.ts";
import type { ExportOptions } from "../../../electron/engine/export/export-types.ts";
import { importFile } from "../../../electron/engine/import/import-file.ts";
import { createImportTestEnv, type ImportTestEnv } from "./import-test-env.ts";

let env: ImportTestEnv;
beforeAll(async () => {
  env = await createImportTestEnv();
  await env.conn.run(`
    CREATE TABLE districts AS SELECT * FROM (VALUES
      (1::BIGINT, 'Ош', 65.25::DOUBLE, DATE '2023-12-31', TRUE, TIMESTAMP '2024-01-02 10:30:00', 'a;b "q"'),
      (2, 'Ноокат', NULL, DATE '2024-01-01', FALSE, NULL, NULL),
      (3, 'Кара-Суу', 0.1, NULL, NULL, TIMESTAMP '2024-03-04 00:00:01', 'x,y
second line')
    ) t(id, district, share, day, flag, seen_at, note)`);
});
afterAll(async () => {
  await env.close();
});

/** Rows in one table and not the other, both ways, plus both row counts. */
async function difference(a: string, b: string): Promise<unknown[][]> {
  return env.rows(`SELECT
    (SELECT count(*) FROM (SELECT * FROM ${a} EXCEPT SELECT * FROM ${b})),
    (SELECT count(*) FROM (SELECT * FROM ${b} EXCEPT SELECT * FROM ${a})),
    (SELECT count(*) FROM ${a}), (SELECT count(*) FROM ${b})`);
}

describe("round trips: export then import gives an equal table", () => {
  const cases: [string, ExportOptions][] = [
    ["csv", { format: "csv" }],
    ["csv", { format: "csv", excelFriendly: true, locale: "ru" }],
    ["csv", { format: "csv", excelFriendly: true, locale: "ky" }],
    ["xlsx", { format: "xlsx" }],
    ["parquet", { format: "parquet" }],
  ];
  for (const [extension, options] of cases) {
    it(`${options.format}${options.excelFriendly ? ` (Excel, ${options.locale})` : ""}`, async () => {
      const table = `back_${options.format}_${options.locale ?? "plain"}`;
      const file = env.path(`${table}.${extension}`);
      const exported = await exportTable(env.conn, { table: "districts" }, file, options);
      expect(exported.rows).toBe(3);
      const imported = await importFile(env.conn, file, { table });
      expect(imported.columns).toEqual([
        { name: "id", type: "BIGINT" },
        { name: "district", type: "VARCHAR" },
        { name: "share", type: "DOUBLE" },
        { name: "day", type: "DATE" },
        { name: "flag", type: "BOOLEAN" },
        { name: "seen_at", type: "TIMESTAMP" },
        { name: "note", type: "VARCHAR" },
      ]);
      expect(await difference("districts", table)).toEqual([["0", "0", "3", "3"]]);
    });
  }
});

describe("CSV export", () => {
  it("Excel-friendly for ru: UTF-8 BOM, semicolons, decimal commas", async () => {
    const file = env.path("excel_ru.csv");
    await exportTable(env.conn, { sql: "SELECT district, share FROM districts WHERE id = 1;" }, file, {
      format: "csv",
      excelFriendly: true,
      locale: "ru-RU",
    });
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString("utf8")).toBe("district;share\nОш;65,25\n");
  });

  it("Excel-friendly for en keeps commas and decimal points; the delimiter can be chosen", async () => {
    const en = env.path("excel_en.csv");
    await exportTable(env.conn, { sql: "SELECT district, share FROM districts WHERE id = 1" }, en, {
      format: "csv",
      excelFriendly: true,
      locale: "en",
    });
    expect(readFileSync(en, "utf8")).toBe("\ufeffdistrict,share\nОш,65.25\n");
    const tab = env.path("tab.csv");
    await exportTable(env.conn, { sql: "SELECT district, share FROM districts WHERE id = 1" }, tab, {
      format: "csv",
      delimiter: "\t",
    });
    expect(readFileSync(tab, "utf8")).toBe("district\tshare\nОш\t65.25\n");
  });
});

describe("XLSX export", () => {
  it("writes typed cells, a bold filled frozen header and sensible widths", async () => {
    const file = env.path("typed.xlsx");
    await exportTable(env.conn, { table: "districts" }, file, { format: "xlsx" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet("districts")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const header = sheet.getCell("A1");
    expect(header.value).toBe("id");
    expect(header.font?.bold).toBe(true);
    expect(header.fill).toMatchObject({ type: "pattern", pattern: "solid" });
    expect(sheet.getCell("A2").value).toBe(1);
    expect(sheet.getCell("C2").value).toBe(65.25);
    expect(sheet.getCell("D2").value).toEqual(new Date(Date.UTC(2023, 11, 31)));
    expect(sheet.getCell("D2").numFmt).toBe("yyyy-mm-dd");
    expect(sheet.getCell("E2").value).toBe(true);
    expect(sheet.getCell("F2").value).toEqual(new Date(Date.UTC(2024, 0, 2, 10, 30)));
    expect(sheet.getCell("C3").value).toBeNull();
    for (const column of sheet.columns) {
      expect(column.width).toBeGreaterThanOrEqual(8);
      expect(column.width).toBeLessThanOrEqual(60);
    }
    expect(sheet.getColumn(7).width).toBe(13);
  });

  it("adds a Provenance sheet that labels synthetic data", async () => {
    await env.conn.run("CREATE TABLE synthetic_users AS SELECT 1 AS x");
    await env.conn.run(`CREATE SCHEMA IF NOT EXISTS workbench_meta;
      CREATE TABLE IF NOT EXISTS workbench_meta.table_meta (table_name VARCHAR PRIMARY KEY, dataset_id VARCHAR,
        title VARCHAR, description VARCHAR, synthetic BOOLEAN, source_ids VARCHAR[], origin VARCHAR);
      INSERT INTO workbench_meta.table_meta VALUES
        ('synthetic_users', 'demo', 'Demo users', NULL, true, ['gen-1'], NULL)`);
    const xlsx = env.path("synthetic.xlsx");
    const result = await exportTable(env.conn, { table: "synthetic_users" }, xlsx, { format: "xlsx" });
    expect(result.provenance).toEqual({
      table: "synthetic_users",
      datasetId: "demo",
      title: "Demo users",
      synthetic: true,
      sourceIds: ["gen-1"],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const about = workbook.getWorksheet("Provenance")!;
    expect(about.getCell("A6").value).toBe("Synthetic");
    expect(String(about.getCell("B6").value)).toMatch(/^YES — synthetic data/);

    const parquet = env.path("synthetic.parquet");
    await exportTable(env.conn, { table: "synthetic_users" }, parquet, { format: "parquet" });
    expect(
      await env.rows(
        `SELECT decode(value) FROM parquet_kv_metadata('${parquet}') WHERE decode(key) = 'workbench.synthetic'`,
      ),
    ).toEqual([["true"]]);
    const csv = await exportTable(env.conn, { table: "synthetic_users" }, env.path("synthetic.csv"), {
      format: "csv",
    });
    expect(csv.warnings.join("\n")).toContain("synthetic");
  });

  it("refuses more rows than a sheet holds, before writing anything", async () => {
    await env.conn.run("CREATE TABLE too_big AS SELECT range AS x FROM range(1048576)");
    const file = env.path("too_big.xlsx");
    const error = await exportTable(env.conn, { table: "too_big" }, file, { format: "xlsx" }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ExportError);
    expect(error).toMatchObject({
      code: "XLSX_TOO_MANY_ROWS",
      table: "too_big",
      message:
        'too_big.xlsx: table "too_big" has 1,048,576 rows, but an XLSX sheet holds at most 1,048,575 rows below the header. Export to CSV or Parquet instead, or filter the rows first',
    });
    expect(existsSync(file)).toBe(false);
  });
});

describe("export errors", () => {
  it("names a missing table and a broken query", async () => {
    await expect(
      exportTable(env.conn, { table: "nope" }, env.path("x.csv"), { format: "csv" }),
    ).rejects.toMatchObject({
      code: "SOURCE_NOT_FOUND",
      message: 'x.csv: there is no table "nope"',
    });
    await expect(
      exportTable(env.conn, { sql: "SELECT nope FROM districts" }, env.path("y.csv"), { format: "csv" }),
    ).rejects.toMatchObject({
      code: "INVALID_SQL",
      message: expect.stringContaining("y.csv: the query cannot be exported"),
    });
    expect(existsSync(env.path("x.csv"))).toBe(false);
  });

  it("leaves no partial file when the target folder does not exist", async () => {
    const file = env.path("missing-folder/out.parquet");
    await expect(
      exportTable(env.conn, { table: "districts" }, file, { format: "parquet" }),
    ).rejects.toMatchObject({
      code: "WRITE_FAILED",
    });
  });
});
