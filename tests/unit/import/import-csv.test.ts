import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importFile } from "../../../electron/engine/import/import-file.ts";
import { previewImport } from "../../../electron/engine/import/preview-import.ts";
import { tableNameFromFile } from "../../../electron/engine/import/table-name.ts";
import { createImportTestEnv, encodeSingleByte, encodeUtf16, type ImportTestEnv } from "./import-test-env.ts";

let env: ImportTestEnv;
beforeAll(async () => {
  env = await createImportTestEnv();
});
afterAll(async () => {
  await env.close();
});

const STAT_TABLE = [
  "Район;Доля пользователей Интернета, %;Население;Дата",
  "Ош;12,5;1 234;31.12.2023",
  "Ноокат;-;256 789;01.01.2024",
  '"Кара-Суу; г.";7,25;45 000;02.01.2024',
  "",
].join("\r\n");

describe("CSV import", () => {
  it("reads a Windows-1251 file with semicolons, decimal commas, thousands separators and a title", async () => {
    const file = await env.write(
      "Доля пользователей 2023.csv",
      encodeSingleByte(`Таблица 1. Доля пользователей Интернета\r\n\r\n${STAT_TABLE}`, "windows-1251"),
    );
    const preview = await previewImport(env.conn, file);
    expect(preview.detected).toEqual({
      format: "csv",
      encoding: "windows-1251",
      csv: {
        delimiter: ";",
        quote: '"',
        header: true,
        skipRows: 2,
        decimalSeparator: ",",
        thousandsSeparator: " ",
        dateFormat: "%d.%m.%Y",
        timestampFormat: null,
      },
    });
    expect(preview.columns).toEqual([
      { name: "Район", type: "VARCHAR" },
      { name: "Доля пользователей Интернета, %", type: "DOUBLE" },
      { name: "Население", type: "BIGINT" },
      { name: "Дата", type: "DATE" },
    ]);
    expect(preview.rows).toEqual([
      ["Ош", 12.5, "1234", "2023-12-31"],
      ["Ноокат", null, "256789", "2024-01-01"],
      ["Кара-Суу; г.", 7.25, "45000", "2024-01-02"],
    ]);
    expect(preview.warnings.join("\n")).toContain("Таблица 1");

    const result = await importFile(env.conn, file);
    expect(result).toMatchObject({ table: "доля_пользователей_2023", rows: 3 });
    expect(
      await env.rows(
        `SELECT sum("Население"), max("Доля пользователей Интернета, %") FROM доля_пользователей_2023`,
      ),
    ).toEqual([["303023", 12.5]]);
  });

  it("records provenance in workbench_meta.table_meta", async () => {
    const file = await env.write("provenance.csv", "a,b\n1,2\n");
    await importFile(env.conn, file);
    const [row] = await env.rows(
      "SELECT dataset_id, title, synthetic, source_ids, origin FROM workbench_meta.table_meta WHERE table_name = 'provenance'",
    );
    expect(row?.slice(0, 4)).toEqual(["imported", "provenance.csv", false, []]);
    const origin = JSON.parse(String(row?.[4]));
    expect(origin).toMatchObject({ file: "provenance.csv", sizeBytes: 8, options: { format: "csv" } });
    expect(Number.isNaN(Date.parse(origin.importedAt))).toBe(false);
  });

  it("reads KOI8-R", async () => {
    const file = await env.write(
      "koi8.csv",
      encodeSingleByte("Район;Население\nОш;322\nУзген;58\n", "koi8-r"),
    );
    const result = await importFile(env.conn, file);
    expect(result.detected).toMatchObject({ encoding: "koi8-r" });
    expect(await env.rows("SELECT * FROM koi8 ORDER BY 2")).toEqual([
      ["Узген", "58"],
      ["Ош", "322"],
    ]);
  });

  it("reads UTF-16 with a byte-order mark, re-encoding it in a stream with progress", async () => {
    const file = await env.write("utf16.csv", encodeUtf16("Район\tДоля\nОш\t12,5\nАрава\t8,5\n", "le", true));
    const phases: string[] = [];
    const result = await importFile(env.conn, file, {
      onProgress: (progress) => phases.push(`${progress.phase}:${progress.bytesDone ?? ""}`),
    });
    expect(result.detected).toMatchObject({ encoding: "utf-16le", csv: { delimiter: "\t" } });
    expect(phases).toContain(`reencoding:${(await import("node:fs")).statSync(file).size}`);
    expect(phases.slice(-2)).toEqual(["loading:", "finalizing:"]);
    expect(await env.rows("SELECT * FROM utf16 ORDER BY 1")).toEqual([
      ["Арава", 8.5],
      ["Ош", 12.5],
    ]);
  });

  it("believes the user that a file without byte-order mark is UTF-16, even when its NULs look binary", async () => {
    // Few characters with a 0x00/0x04 high byte, so detection cannot tell; the NULs look binary.
    const file = await env.write("signs.csv", encodeUtf16("№–…;…–№\n№–…1;№–…2\n", "le", false));
    await expect(previewImport(env.conn, file)).rejects.toMatchObject({ code: "BINARY_FILE" });
    const result = await importFile(env.conn, file, { options: { encoding: "utf-16le" } });
    expect(result.columns.map((column) => column.name)).toEqual(["№–…", "…–№"]);
    expect(await env.rows("SELECT * FROM signs")).toEqual([["№–…1", "№–…2"]]);
  });

  it("reads TSV and pipe-delimited files", async () => {
    const tsv = await env.write("data.tsv", "district\tusers\nOsh\t100\nNookat\t40\n");
    const pipe = await env.write("pipe.txt", "district|users\nOsh|100\nNookat|40\n");
    await importFile(env.conn, tsv);
    await importFile(env.conn, pipe);
    expect(await env.rows("SELECT * FROM data EXCEPT SELECT * FROM pipe")).toEqual([]);
    expect(await env.rows("SELECT count(*) FROM pipe")).toEqual([["2"]]);
  });

  it("keeps delimiters, quotes and line breaks inside quoted fields", async () => {
    const file = await env.write(
      "quoted.csv",
      'name,note\n"Osh, city","said ""hi""\nthen left"\nNookat,plain\n',
    );
    await importFile(env.conn, file);
    expect(await env.rows("SELECT * FROM quoted ORDER BY 1")).toEqual([
      ["Nookat", "plain"],
      ["Osh, city", 'said "hi"\nthen left'],
    ]);
  });

  it('converts "1 234,5" with plain, no-break and narrow no-break spaces', async () => {
    const file = await env.write(
      "spaces.csv",
      "район;расход\nОш;1 234,5\nАрава;12\u00a0345\u00a0678,25\nУзген;2\u202f000,0\n",
    );
    const preview = await previewImport(env.conn, file);
    expect(preview.detected).toMatchObject({ csv: { decimalSeparator: ",", thousandsSeparator: " " } });
    await importFile(env.conn, file);
    expect(await env.rows("SELECT расход FROM spaces ORDER BY 1")).toEqual([[1234.5], [2000], [12345678.25]]);
  });

  it("reads single-quoted fields when the user sets the quote character", async () => {
    const file = await env.write("single.csv", "name,note\n'Osh, city',a\n'Nookat',b\n");
    await importFile(env.conn, file, { options: { csv: { quote: "'" } } });
    expect(await env.rows("SELECT name FROM single ORDER BY 1")).toEqual([["Nookat"], ["Osh, city"]]);
  });

  it("reads a 1 MB line without delimiters as one cell, not as a 1 MB column name", async () => {
    const file = await env.write("one_cell.txt", "z".repeat(1024 * 1024));
    const result = await importFile(env.conn, file);
    expect(result.columns).toEqual([{ name: "column0", type: "VARCHAR" }]);
    expect(await env.rows("SELECT length(column0) FROM one_cell")).toEqual([["1048576"]]);
  });

  it("converts dot thousands with decimal commas, and marks in number columns", async () => {
    const file = await env.write("dots.csv", "a;b\nx;1.234.567,5\ny;…\nz;12,5\n");
    await importFile(env.conn, file);
    expect(await env.rows("SELECT b FROM dots ORDER BY a")).toEqual([[1234567.5], [null], [12.5]]);
  });

  it("applies the user's overrides and column types", async () => {
    const file = await env.write("override.csv", "1;2020;x\n2;2021;y\n");
    const preview = await previewImport(env.conn, file, { csv: { header: false } });
    expect(preview.columns.map((column) => column.name)).toEqual(["column0", "column1", "column2"]);
    const result = await importFile(env.conn, file, {
      options: { csv: { header: false } },
      columnTypes: { column1: "VARCHAR", column0: "DOUBLE" },
    });
    expect(result.columns).toEqual([
      { name: "column0", type: "DOUBLE" },
      { name: "column1", type: "VARCHAR" },
      { name: "column2", type: "VARCHAR" },
    ]);
  });

  it("reads dates in a format the user gives", async () => {
    const file = await env.write("dates.csv", "d;v\n03/04/2024;1\n05/06/2024;2\n");
    await importFile(env.conn, file, { options: { csv: { dateFormat: "%m/%d/%Y" } } });
    expect(await env.rows("SELECT CAST(d AS VARCHAR) FROM dates ORDER BY d")).toEqual([
      ["2024-03-04"],
      ["2024-05-06"],
    ]);
  });

  it("keeps a 1 MB text cell whole", async () => {
    const long = "я".repeat(500_000);
    const file = await env.write("long_cell.csv", `id,text\n1,${long}\n`);
    await importFile(env.conn, file);
    expect(await env.rows("SELECT length(text) FROM long_cell")).toEqual([["500000"]]);
  });

  it("makes table names that work unquoted in SQL", () => {
    expect(tableNameFromFile("/data/Доля пользователей (2023).csv")).toBe("доля_пользователей_2023");
    expect(tableNameFromFile("2023 ИКТ.xlsx")).toBe("t_2023_икт");
    expect(tableNameFromFile("C:/x/---.csv")).toBe("imported");
  });

  it("names the table from the file, avoiding SQL keywords, and refuses to overwrite silently", async () => {
    const file = await env.write("order.csv", "a\n1\n");
    expect((await importFile(env.conn, file)).table).toBe("order_data");
    await expect(importFile(env.conn, file)).rejects.toMatchObject({
      code: "TABLE_EXISTS",
      message: expect.stringContaining('table "order_data" already exists'),
    });
    const replaced = await importFile(env.conn, await env.write("order.csv", "a\n1\n2\n"), { replace: true });
    expect(replaced.rows).toBe(2);
    expect(
      await env.rows("SELECT count(*) FROM workbench_meta.table_meta WHERE table_name = 'order_data'"),
    ).toEqual([["1"]]);
  });
});
