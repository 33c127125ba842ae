import { describe, expect, it } from "vitest";
import { formatSql } from "../../../renderer/src/notebook/format-sql.ts";

describe("formatSql", () => {
  it("lays out clauses, upper-cases keywords and keeps $parameters", () => {
    expect(formatSql("select unit_id,value from observations where year=$year order by 2 desc")).toBe(
      "SELECT\n  unit_id,\n  value\nFROM\n  observations\nWHERE\n  year = $year\nORDER BY\n  2 DESC",
    );
  });

  it("throws on text it cannot parse, so the editor leaves it alone", () => {
    expect(() => formatSql("select 'unterminated")).toThrow();
  });
});
