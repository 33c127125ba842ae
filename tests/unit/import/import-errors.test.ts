import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImportError } from "../../../electron/engine/import/import-error.ts";
import { importFile } from "../../../electron/engine/import/import-file.ts";
import { previewImport } from "../../../electron/engine/import/preview-import.ts";
import { createImportTestEnv, encodeSingleByte, type ImportTestEnv } from "./import-test-env.ts";

let env: ImportTestEnv;
beforeAll(async () => {
  env = await createImportTestEnv();
});
afterAll(async () => {
  await env.close();
});

/** The import fails with this error, and leaves no table (not even a half-made working table). */
async function expectFailure(file: string, expected: Partial<ImportError>, request = {}): Promise<void> {
  const before = await env.tableNames();
  const error = await importFile(env.conn, file, request).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ImportError);
  expect(error).toMatchObject(expected);
  expect(await env.tableNames()).toEqual(before);
}

describe("broken files", () => {
  it("ragged rows: names the line and what was found", async () => {
    const file = await env.write("ragged.csv", "a;b;c\n1;2;3\n4;5\n6;7;8\n");
    await expectFailure(file, {
      code: "RAGGED_ROWS",
      line: 3,
      message:
        'ragged.csv, line 3: this row has 2 fields but the table has 3 ("4;5"). Check the delimiter and quoting, or fix the row',
    });
  });

  it("ragged rows past DuckDB's sniffing sample are still found with their line", async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `${i},${i * 2}`);
    rows.splice(2500, 0, "9,1,2");
    const file = await env.write("late_ragged.csv", `a,b\n${rows.join("\n")}\n`);
    await expectFailure(file, { code: "RAGGED_ROWS", line: 2502 });
  });

  it("wrong encoding chosen: UTF-8 for a Windows-1251 file names the line and the likely encoding", async () => {
    const file = await env.write("cp1251.csv", encodeSingleByte("Район;Доля\nОш;12,5\n", "windows-1251"));
    await expectFailure(
      file,
      {
        code: "ENCODING",
        line: 1,
        message:
          "cp1251.csv, line 1: the text is not valid utf-8; it looks like windows-1251 — choose that encoding",
      },
      { options: { encoding: "utf-8" } },
    );
  });

  it("wrong encoding chosen: KOI8-R for a Windows-1251 file gives a warning in the preview", async () => {
    const file = await env.write(
      "cp1251_koi.csv",
      encodeSingleByte("Район;Население\nОш;322\nНоокат;290\n", "windows-1251"),
    );
    const preview = await previewImport(env.conn, file, { encoding: "koi8-r" });
    expect(preview.warnings.join("\n")).toContain(
      "reads as gibberish in koi8-r but as words in windows-1251",
    );
  });

  it("0-byte file", async () => {
    const file = await env.write("zero.csv", "");
    await expectFailure(file, { code: "EMPTY_FILE", message: "zero.csv: the file is empty (0 bytes)" });
  });

  it("file with only blank lines", async () => {
    const file = await env.write("blank.csv", "\r\n  \r\n\r\n");
    await expectFailure(file, {
      code: "EMPTY_FILE",
      message: "blank.csv: the file contains no data (only blank lines or spaces)",
    });
  });

  it("header without rows gives an empty table and a warning", async () => {
    const file = await env.write("header_only.csv", "district;share\n");
    const result = await importFile(env.conn, file);
    expect(result.rows).toBe(0);
    expect(result.columns.map((column) => column.name)).toEqual(["district", "share"]);
    expect(result.warnings).toContain("the file has no data rows below the header; the table is empty");
  });

  it("binary garbage", async () => {
    const bytes = new Uint8Array(4096);
    let seed = 7;
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      bytes[i] = seed % 256;
    }
    const file = await env.write("garbage.csv", bytes);
    await expectFailure(file, {
      code: "BINARY_FILE",
      message: expect.stringMatching(/^garbage\.csv: this does not look like a text table/),
    });
  });

  it("a 1 MB single line of delimited junk is refused as not a table", async () => {
    const file = await env.write("one_line.csv", "x;".repeat(512 * 1024));
    await expectFailure(file, {
      code: "TOO_MANY_COLUMNS",
      line: 1,
      message: expect.stringContaining("a table may have at most 16384 columns"),
    });
  });

  it("a line longer than DuckDB's limit names the line", async () => {
    const file = await env.write("too_long.csv", `id,text\n1,short\n2,${"y".repeat(2_100_000)}\n`);
    await expectFailure(file, { code: "LINE_TOO_LONG", line: 3 });
  });

  it("missing file", async () => {
    await expectFailure(env.path("nowhere.csv"), {
      code: "FILE_NOT_FOUND",
      message: `nowhere.csv: file not found (${env.path("nowhere.csv")})`,
    });
  });

  it("a value that does not fit a column type the user chose names line and column", async () => {
    const file = await env.write("typed.csv", "id;name\n1;a\n2;b\nx3;c\n");
    await expectFailure(
      file,
      {
        code: "TYPE_MISMATCH",
        line: 4,
        column: "id",
        message: expect.stringContaining('typed.csv, line 4, column "id"'),
      },
      { columnTypes: { id: "BIGINT" } },
    );
  });

  it("a formatted number that does not fit the chosen type is located by SQL", async () => {
    const file = await env.write("formatted.csv", "district;people\nOsh;12\nNookat;1 234\n");
    await expectFailure(
      file,
      {
        code: "TYPE_MISMATCH",
        line: 3,
        column: "people",
        message: expect.stringContaining(
          'formatted.csv, line 3, column "people": value "1 234" is not a valid TINYINT',
        ),
      },
      { columnTypes: { people: "TINYINT" } },
    );
  });

  it("a column type for a column that does not exist", async () => {
    const file = await env.write("cols.csv", "a;b\n1;2\n");
    await expectFailure(file, { code: "INVALID_OPTION", column: "c" }, { columnTypes: { c: "INTEGER" } });
    await expectFailure(
      file,
      { code: "INVALID_OPTION", column: "a" },
      { columnTypes: { a: "INT; DROP TABLE x" } },
    );
  });

  it("an old .xls workbook and a broken Parquet file", async () => {
    const xls = await env.write(
      "old.xls",
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    );
    await expectFailure(xls, {
      code: "UNSUPPORTED_FORMAT",
      message: expect.stringContaining("save it as .xlsx"),
    });
    const parquet = await env.write("broken.parquet", "PAR1 not really");
    await expectFailure(parquet, {
      code: "MALFORMED",
      message: expect.stringContaining("broken.parquet: not a valid Parquet file"),
    });
  });

  it("malformed NDJSON names the line", async () => {
    const file = await env.write("bad.ndjson", '{"a": 1}\n{"a": 2}\n{"a": \n');
    await expectFailure(file, {
      code: "MALFORMED",
      message: expect.stringMatching(/^bad\.ndjson, line \d+: malformed JSON/),
    });
  });
});

describe("cancel", () => {
  it("an abort before the load starts creates nothing", async () => {
    const file = await env.write("early.csv", "a\n1\n");
    const controller = new AbortController();
    controller.abort();
    await expectFailure(file, { code: "CANCELLED" }, { signal: controller.signal });
  });

  it("an abort during re-encoding stops it", async () => {
    const file = await env.write(
      "reencode.csv",
      encodeSingleByte(`Район;Число\n${"Ош;1\n".repeat(300_000)}`, "windows-1251"),
    );
    const controller = new AbortController();
    await expectFailure(
      file,
      { code: "CANCELLED" },
      {
        signal: controller.signal,
        // The first report after a 1 MB chunk: the stream is mid-file when it is stopped.
        onProgress: (progress: { phase: string; bytesDone?: number }) => {
          if (progress.phase === "reencoding" && (progress.bytesDone ?? 0) > 0) controller.abort();
        },
      },
    );
  });

  it("an abort after the rows are loaded drops the working table", async () => {
    const file = await env.write("late.csv", "a;b\n1;2\n3;4\n");
    const controller = new AbortController();
    const seen: string[] = [];
    await expectFailure(
      file,
      { code: "CANCELLED", message: "late.csv: import cancelled; no table was created" },
      {
        signal: controller.signal,
        onProgress: (progress: { phase: string }) => {
          seen.push(progress.phase);
          if (progress.phase === "finalizing") controller.abort();
        },
      },
    );
    expect(seen).toEqual(["loading", "finalizing"]);
    expect(await env.rows("SELECT count(*) FROM duckdb_tables() WHERE table_name LIKE '__osh_%'")).toEqual([
      ["0"],
    ]);
  });

  it("an abort while DuckDB loads interrupts it and leaves the connection usable", async () => {
    const file = env.path("big.csv");
    await env.conn.run(
      `COPY (SELECT range AS id, md5(range::VARCHAR) AS h FROM range(200000)) TO '${file}' (HEADER)`,
    );
    const controller = new AbortController();
    await expectFailure(
      file,
      { code: "CANCELLED" },
      {
        signal: controller.signal,
        onProgress: (progress: { phase: string }) => {
          if (progress.phase === "loading") setImmediate(() => controller.abort());
        },
      },
    );
    expect(await env.rows("SELECT 41 + 1")).toEqual([[42]]);
  });
});
