import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SqlReferences, sqlReferences } from "../../../electron/engine/notebook/sql-references.ts";

let instance: DuckDBInstance;
let conn: DuckDBConnection;
beforeAll(async () => {
  instance = await DuckDBInstance.create(":memory:");
  conn = await instance.connect();
});
afterAll(() => {
  conn.closeSync();
  instance.closeSync();
});

async function refs(sql: string): Promise<SqlReferences> {
  const r = await sqlReferences(conn, sql);
  if ("error" in r) throw new Error(r.error.message);
  return r;
}

describe("SQL references (DuckDB's parser)", () => {
  it("finds tables in FROM, JOINs, subqueries in WHERE and SELECT, and set operations", async () => {
    const r = await refs(`
      SELECT a.x, (SELECT max(v) FROM scalar_src) AS m
      FROM first_t a
      JOIN second_t b ON a.id = b.id
      LEFT JOIN (SELECT * FROM nested_t) n USING (id)
      WHERE a.x IN (SELECT x FROM where_t) AND EXISTS (SELECT 1 FROM exists_t)
      UNION ALL
      SELECT 1, 2 FROM union_t
      EXCEPT
      SELECT 1, 2 FROM except_t`);
    expect(r.tables).toEqual([
      "scalar_src",
      "first_t",
      "second_t",
      "nested_t",
      "where_t",
      "exists_t",
      "union_t",
      "except_t",
    ]);
    expect(r.params).toEqual([]);
    expect(r.opaque).toEqual([]);
  });

  it("leaves out CTE names defined in the query, but not the tables their bodies read", async () => {
    const r = await refs(`
      WITH latest AS (SELECT * FROM observations WHERE year = 2022),
           ranked AS (SELECT *, rank() OVER () FROM latest)
      SELECT * FROM ranked JOIN units USING (unit_id)`);
    expect(r.tables).toEqual(["observations", "units"]);
  });

  it("treats a CTE that shadows a table by name as the real table inside its own body", async () => {
    const r = await refs(
      "WITH units AS (SELECT * FROM units WHERE unit_type = 'district') SELECT * FROM units",
    );
    expect(r.tables).toEqual(["units"]);
    const inner = await refs(
      "SELECT * FROM (WITH osh_x AS (SELECT 1) SELECT * FROM osh_x) JOIN osh_x ON true",
    );
    expect(inner.tables).toEqual(["osh_x"]); // the outer osh_x is outside the CTE's scope
    const ordered = await refs("WITH a AS (SELECT * FROM b), b AS (SELECT 1) SELECT * FROM a, b");
    expect(ordered.tables).toEqual(["b"]); // a's body cannot see the later CTE b
  });

  it("lets a recursive CTE read itself without reporting it", async () => {
    const r = await refs(
      "WITH RECURSIVE steps(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM steps WHERE n < 5) SELECT * FROM steps, seed_t",
    );
    expect(r.tables).toEqual(["seed_t"]);
  });

  it("keeps qualified names that resolve to cells or main, and drops other schemas", async () => {
    const r = await refs(
      'SELECT * FROM main.units, wb_results.main.osh_a, wb_results.osh_b, information_schema.tables, other_db.main.t, "Quoted Cell"',
    );
    expect(r.tables).toEqual(["units", "osh_a", "osh_b", "quoted cell"]);
  });

  it("lowercases quoted and unquoted identifiers alike", async () => {
    const r = await refs('SELECT * FROM "OSH_Internet_2022" JOIN Osh_Internet_2022 USING (x)');
    expect(r.tables).toEqual(["osh_internet_2022"]);
  });

  it("finds named parameters anywhere, once each", async () => {
    const r = await refs(
      "SELECT $label AS l FROM t WHERE year = $year AND unit_id IN (SELECT unit_id FROM u WHERE year = $Year) LIMIT $n",
    );
    expect([...r.params].sort()).toEqual(["label", "n", "year"]);
    expect(r.tables).toEqual(["t", "u"]);
  });

  it("skips table functions but reads the queries inside their arguments", async () => {
    const r = await refs("SELECT * FROM range(10), read_csv((SELECT path FROM files_t))");
    expect(r.tables).toEqual(["files_t"]);
  });

  it("reads every statement of a script and marks the ones it cannot analyse", async () => {
    const sql =
      "CREATE TEMP TABLE helper AS SELECT * FROM hidden_src;\nSELECT * FROM helper JOIN units USING (id)";
    const r = await refs(sql);
    expect(r.tables).toEqual(["helper", "units"]);
    expect(r.opaque).toEqual([{ offset: 0, reason: "not a query, so what it reads is not tracked" }]);
  });

  it("records where each table is first read", async () => {
    const sql = "SELECT 1;\nSELECT *\nFROM   osh_x";
    const r = await refs(sql);
    expect(r.tableOffsets.osh_x).toBe(sql.indexOf("osh_x"));
  });

  it("reports a syntax error with its position in the cell", async () => {
    const sql = "SELECT 1;\nSELECT * FROM units WHERE";
    const r = await sqlReferences(conn, sql);
    expect("error" in r).toBe(true);
    if (!("error" in r)) return;
    expect(r.error.message).toMatch(/^Parser Error: syntax error at end of input/);
    expect(r.error.position).toMatchObject({ line: 2 });
  });
});
