import { describe, expect, it } from "vitest";
import { lineColumnAt, splitStatements } from "../../../shared/sql/split-statements.ts";

describe("splitStatements", () => {
  it("splits at top-level semicolons only", () => {
    const sql = "SELECT 'a;b' AS x; SELECT \"c;d\" FROM t -- e;f\n; SELECT $$g;h$$ /* i; /* j; */ k; */ ;";
    expect(splitStatements(sql).map((s) => s.text)).toEqual([
      "SELECT 'a;b' AS x",
      'SELECT "c;d" FROM t -- e;f',
      "SELECT $$g;h$$ /* i; /* j; */ k; */",
    ]);
  });

  it("keeps where each statement starts and drops comment-only pieces", () => {
    const sql = "-- intro\n;\n  SELECT 1;\n\nSELECT 'it''s'";
    const parts = splitStatements(sql);
    expect(parts.map((p) => p.text)).toEqual(["SELECT 1", "SELECT 'it''s'"]);
    expect(sql.slice(parts[1]!.start, parts[1]!.start + 6)).toBe("SELECT");
    expect(parts[0]!.start).toBe(sql.indexOf("SELECT 1"));
  });

  it("turns offsets into 1-based lines and columns", () => {
    expect(lineColumnAt("ab\ncd\nef", 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt("ab\ncd\nef", 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumnAt("ab\ncd\nef", 6)).toEqual({ line: 3, column: 1 });
  });
});
