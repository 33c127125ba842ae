import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "osh-cli-import-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  return spawnSync(process.execPath, [path.join(root, "bin/osh-workbench.mjs"), ...args], {
    encoding: "utf8",
    cwd: root,
  });
}

/** Windows-1251 bytes for Russian text (А..я map to 0xC0..0xFF). */
function cp1251(text: string): Buffer {
  return Buffer.from(
    [...text].map((ch) => {
      const code = ch.codePointAt(0)!;
      if (code < 128) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      throw new Error(`no cp1251 byte for ${ch}`);
    }),
  );
}

describe("osh-workbench import", () => {
  it("loads a Windows-1251 semicolon CSV with decimal commas into the workspace", () => {
    const file = path.join(dir, "районы.csv");
    fs.writeFileSync(file, cp1251("Район;Доля;Год\r\nАлай;71,5;2022\r\nНоокат;68,25;2022\r\n"));
    const workspace = path.join(dir, "ws");
    const r = cli("import", file, "--table", "district_share", "--workspace", workspace);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("Imported 2 rows into table district_share");
    const q = cli("query", "--workspace", workspace, "SELECT * FROM district_share ORDER BY 1");
    expect(q.status, q.stderr).toBe(0);
    expect(JSON.parse(q.stdout)).toEqual([
      { Район: "Алай", Доля: 71.5, Год: 2022 },
      { Район: "Ноокат", Доля: 68.25, Год: 2022 },
    ]);
  });

  it("exits 1 naming the file when it cannot import", () => {
    const file = path.join(dir, "ragged.csv");
    fs.writeFileSync(file, "a;b\n1;2\n3\n");
    const r = cli("import", file, "--workspace", path.join(dir, "ws2"));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/ragged\.csv, line 3/);
  });
});
