import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeReport } from "../../../electron/engine/report/write-report.ts";
import { REPORT_FORMATS } from "../../../shared/report/report-model.ts";
import { sampleReport } from "./report-fixture.ts";
import { pdfPageCount } from "./report-packages.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "osh-report-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("writing a report file", () => {
  it.each(REPORT_FORMATS)("writes %s in place, with its size, and leaves no temp file", async (format) => {
    const file = path.join(dir, `report.${format}`);
    const written = await writeReport(sampleReport(), format, file);
    expect(written.file).toBe(file);
    expect(written.bytes).toBe(statSync(file).size);
    if (format === "pdf") expect(written.pages).toBe(pdfPageCount(readFileSync(file)));
    else expect(written.pages).toBeUndefined();
    expect(readdirSync(dir).filter((name) => name.includes(".partial"))).toEqual([]);
  });

  it("fails with the file's name when the folder does not exist, writing nothing", async () => {
    const file = path.join(dir, "missing", "report.html");
    await expect(writeReport(sampleReport(), "html", file)).rejects.toThrow(
      /^report\.html: cannot write the report: the folder .*missing does not exist$/,
    );
  });
});
