import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerGapMacros } from "../../../electron/engine/gap/gap-macros.ts";
import { cagr, requiredCagr, yearsToTarget } from "../../../shared/gap/compound-growth.ts";
import { eurostatClass } from "../../../shared/gap/eurostat-class.ts";
import { gapProgress } from "../../../shared/gap/gap-progress.ts";

/**
 * The SQL macros and their TypeScript twins must give the same answer (NULL included) on a grid
 * of inputs that crosses every NULL rule and both signs. pow/ln may differ in the last bit
 * between V8 and DuckDB, so numbers are compared to 1e-12 relative.
 */

type Cell = number | null;

let instance: DuckDBInstance;
let conn: DuckDBConnection;

beforeAll(async () => {
  instance = await DuckDBInstance.create(":memory:");
  conn = await instance.connect();
  await registerGapMacros(conn);
});

afterAll(() => {
  conn.closeSync();
  instance.closeSync();
});

function product(...axes: readonly (readonly Cell[])[]): Cell[][] {
  return axes.reduce<Cell[][]>((rows, axis) => rows.flatMap((r) => axis.map((x) => [...r, x])), [[]]);
}

function sqlLiteral(x: Cell): string {
  return x === null ? "NULL" : `CAST(${x} AS DOUBLE)`;
}

/** Evaluates `call` (a macro call over columns a, b, c, d) for every grid row, in row order. */
async function evaluate(grid: readonly Cell[][], call: string): Promise<unknown[]> {
  const width = grid[0]!.length;
  const columns = ["a", "b", "c", "d"].slice(0, width);
  const values = grid.map((row, i) => `(${i}, ${row.map(sqlLiteral).join(", ")})`).join(",\n");
  const reader = await conn.runAndReadAll(
    `SELECT ${call} AS v FROM (VALUES ${values}) t(i, ${columns.join(", ")}) ORDER BY i`,
  );
  return reader.getRowObjectsJS().map((r) => r.v);
}

function expectSame(sql: unknown, ts: number | string | null, inputs: readonly Cell[]): void {
  const where = `inputs ${JSON.stringify(inputs)}`;
  if (ts === null || sql === null || typeof ts === "string") {
    expect(sql, where).toBe(ts);
    return;
  }
  expect(typeof sql, where).toBe("number");
  const tolerance = 1e-12 * Math.max(1, Math.abs(ts));
  expect(Math.abs((sql as number) - ts), where).toBeLessThanOrEqual(tolerance);
}

const VALUES: Cell[] = [null, -5, 0, 0.5, 1, 37.2, 100, 150];
const YEARS: Cell[] = [null, 2015, 2018, 2030];

describe("TypeScript and SQL agree", () => {
  it("gap_progress", async () => {
    const grid = product(VALUES, VALUES, VALUES);
    const sql = await evaluate(grid, "gap_progress(a, b, c)");
    grid.forEach((row, i) => {
      expectSame(sql[i], gapProgress(row[0]!, row[1]!, row[2]!), row);
    });
  });

  it("gap_cagr and gap_required_cagr", async () => {
    const grid = product(VALUES, YEARS, VALUES, YEARS);
    const [sqlCagr, sqlRequired] = [
      await evaluate(grid, "gap_cagr(a, b, c, d)"),
      await evaluate(grid, "gap_required_cagr(a, b, c, d)"),
    ];
    grid.forEach((row, i) => {
      const [a, b, c, d] = row as [Cell, Cell, Cell, Cell];
      expectSame(sqlCagr[i], cagr(a, b, c, d), row);
      expectSame(sqlRequired[i], requiredCagr(a, b, c, d), row);
    });
  });

  it("gap_eurostat_class", async () => {
    // Against required = 0.1 these hit each bound and just below it: 0.95, 0.949, 0.6, 0.599, 0, -0.001.
    const rates: Cell[] = [null, -0.2, -0.05, -0.0001, 0, 0.0599, 0.06, 0.0949, 0.095, 0.1, 1];
    const grid = product(rates, rates);
    const sql = await evaluate(grid, "gap_eurostat_class(a, b)");
    grid.forEach((row, i) => {
      expectSame(sql[i], eurostatClass(row[0]!, row[1]!), row);
    });
  });

  it("gap_years_to_target", async () => {
    const rates: Cell[] = [null, -1.5, -1, -0.1, 0, 0.03, 0.1];
    const grid = product(VALUES, VALUES, rates);
    const sql = await evaluate(grid, "gap_years_to_target(a, b, c)");
    grid.forEach((row, i) => {
      expectSame(sql[i], yearsToTarget(row[0]!, row[1]!, row[2]!), row);
    });
  });
});
