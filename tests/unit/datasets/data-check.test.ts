import type { DuckDBConnection } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBundledTableSql } from "../../../electron/engine/datasets/bundled-ddl.ts";
import { BUNDLED_SCHEMAS, BUNDLED_TABLE_NAMES } from "../../../electron/engine/datasets/bundled-schema.ts";
import { type DataWarning, runDataCheck } from "../../../electron/engine/datasets/data-check.ts";
import { type OpenDb, openBundledDb, openDb, scalar } from "./open-bundled-db.ts";

const byCheck = (warnings: DataWarning[], check: string) => warnings.filter((w) => w.check === check);

describe("runDataCheck on the bundled data", () => {
  let db: OpenDb;
  let warnings: DataWarning[];

  beforeAll(async () => {
    db = await openBundledDb();
    warnings = await runDataCheck(db.conn);
  });

  afterAll(() => db.close());

  it("finds no broken link: every row has a known source, unit, indicator and framework item", () => {
    for (const check of [
      "missing_source",
      "unknown_source",
      "unknown_unit",
      "unknown_indicator",
      "broken_framework_link",
    ]) {
      expect(byCheck(warnings, check), check).toEqual([]);
    }
  });

  it("reports the three national population estimates of 2022 (different reference dates)", () => {
    const conflicts = byCheck(warnings, "conflicting_values");
    expect(conflicts.map((w) => w.key)).toContain("kg/population_resident_estimate/2022");
    const kg = conflicts.find((w) => w.key === "kg/population_resident_estimate/2022");
    expect(kg?.message).toContain("6,700,000, 6,977,000, 6,995,000");
  });

  it("flags the 2024 primary completion cells that lost their decimal point", () => {
    const keys = byCheck(warnings, "out_of_range").map((w) => w.key);
    expect(keys).toContain("osh_city/primary_completion_rate_admin_pct/2024");
    expect(keys).toContain("bishkek_city/primary_completion_rate_admin_pct/2024");
    expect(keys.every((k) => k.includes("primary_completion_rate_admin_pct/2024"))).toBe(true);
  });

  it("lists every undated observation", async () => {
    const undated = Number(
      await scalar(db.conn, "SELECT count(*) FROM main.observations WHERE year IS NULL"),
    );
    expect(undated).toBeGreaterThan(0);
    expect(byCheck(warnings, "undated")).toHaveLength(undated);
    expect(byCheck(warnings, "undated").map((w) => w.key)).toContain(
      "osh_oblast/settlements_with_internet_access/undated",
    );
  });

  it("shows that Osh oblast's 2009 district figures mix census bases and do not add up to the oblast", () => {
    const mixed = byCheck(warnings, "sum_mismatch_mixed_basis");
    expect(mixed.map((w) => w.key)).toEqual(["osh_oblast/population_census_de_facto/2009"]);
    expect(mixed[0]?.message).toContain("999,576");
    expect(mixed[0]?.message).toContain("1,081,347");
  });
});

/** A tiny table set: a country, one oblast with two districts and a town, one additive indicator. */
async function tinyTables(conn: DuckDBConnection): Promise<void> {
  for (const name of BUNDLED_TABLE_NAMES) await conn.run(createBundledTableSql(BUNDLED_SCHEMAS[name]));
  await conn.run(
    "INSERT INTO main.sources (source_id, publisher, url) VALUES ('s1', 'Test', 'https://example.test/')",
  );
  await conn.run(`INSERT INTO main.units (unit_id, name_en, unit_type, parent_id, source_id) VALUES
    ('c', 'Country', 'country', NULL, 's1'), ('ob', 'Oblast', 'oblast', 'c', 's1'),
    ('d1', 'District 1', 'district', 'ob', 's1'), ('d2', 'District 2', 'district', 'ob', 's1'),
    ('t1', 'Town 1', 'town', 'd1', 's1')`);
  await conn.run(`INSERT INTO main.indicators (indicator_id, name_en, unit, definition, direction, topic, additive, value_min, value_max, source_id, taza_koom_ref) VALUES
    ('pop', 'Population', 'persons', 'count', NULL, 'population', true, 0, NULL, 's1', NULL),
    ('share', 'Share', '%', 'share', 'higher', 'ict', false, 0, 100, 's1', 'G1')`);
  await conn.run(
    "INSERT INTO main.framework (framework_id, kind, parent_id, number, name_en, source_id) VALUES ('G1', 'goal', NULL, '1', 'Goal', 's1')",
  );
  await conn.run(`INSERT INTO main.targets (target_id, programme, framework_id, indicator_id, unit_scope, target_value, direction, source_id, is_user) VALUES
    ('T1', 'Programme', 'G1', 'share', 'ob', 90, 'higher', 's1', false)`);
  const obs = (unit: string, indicator: string, year: number | null, value: number, extra = "") =>
    `('${unit}', '${indicator}', ${year ?? "NULL"}, ${value}, 's1', ${extra || "'total', 'total'"}, 'total', 'total')`;
  await conn.run(`INSERT INTO main.observations (unit_id, indicator_id, year, value, source_id, sex, location, age, breakdown) VALUES
    ${obs("ob", "pop", 2021, 100)}, ${obs("d1", "pop", 2021, 60)}, ${obs("d2", "pop", 2021, 39.8)},
    ${obs("t1", "pop", 2021, 50)}, ${obs("ob", "share", 2021, 55)},
    ${obs("d2", "pop", 2022, 40)}, ${obs("d2", "pop", 2022, 10, "'total', 'urban'")}, ${obs("d2", "pop", 2022, 30, "'total', 'rural'")}`);
}

describe("runDataCheck on a tiny hand-made table set", () => {
  let db: OpenDb;

  beforeAll(async () => {
    db = await openDb();
    await tinyTables(db.conn);
  });

  afterAll(() => db.close());

  it("reports nothing for a consistent set (sums within the 0.5 % tolerance)", async () => {
    expect(await runDataCheck(db.conn)).toEqual([]);
  });

  it("catches each kind of problem and says where", async () => {
    await db.conn.run("BEGIN TRANSACTION");
    await db.conn.run(`INSERT INTO main.observations (unit_id, indicator_id, year, value, source_id, sex, location, age, breakdown) VALUES
      ('ob', 'pop', 2020, 100, NULL, 'total', 'total', 'total', 'total'),
      ('d1', 'pop', 2020, 60, 'nowhere', 'total', 'total', 'total', 'total'),
      ('d2', 'pop', 2020, 30, 's1', 'total', 'total', 'total', 'total'),
      ('t1', 'pop', 2020, 70, 's1', 'total', 'total', 'total', 'total'),
      ('zz', 'pop', 2020, 1, 's1', 'total', 'total', 'total', 'total'),
      ('ob', 'ghost', 2020, 1, 's1', 'total', 'total', 'total', 'total'),
      ('ob', 'share', 2020, 140, 's1', 'total', 'total', 'total', 'total'),
      ('ob', 'share', NULL, 50, 's1', 'total', 'total', 'total', 'total'),
      ('ob', 'share', 2021, 57, 's1', 'total', 'total', 'total', 'total'),
      ('d2', 'pop', 2022, 25, 's1', 'total', 'rural', 'total', 'total')`);
    await db.conn.run(
      "DELETE FROM main.observations WHERE unit_id = 'd2' AND year = 2022 AND location = 'rural' AND value = 30",
    );
    await db.conn.run("UPDATE main.framework SET parent_id = 'G9' WHERE framework_id = 'G1'");
    await db.conn.run(
      "UPDATE main.targets SET framework_id = 'T7', unit_scope = 'nowhere', indicator_id = 'ghost'",
    );
    await db.conn.run("UPDATE main.indicators SET taza_koom_ref = 'X1' WHERE indicator_id = 'share'");
    await db.conn.run("UPDATE main.units SET source_id = NULL WHERE unit_id = 't1'");

    const warnings = await runDataCheck(db.conn);
    await db.conn.run("ROLLBACK");
    const found = (check: string, table: string, key: string) =>
      warnings.find((w) => w.check === check && w.table === table && w.key === key);

    expect(found("missing_source", "observations", "ob/pop/2020")).toBeDefined();
    expect(found("missing_source", "units", "t1")).toBeDefined();
    expect(found("unknown_source", "observations", "d1/pop/2020")?.message).toContain(
      "'nowhere' is not in table sources",
    );
    expect(found("unknown_unit", "observations", "zz/pop/2020")?.message).toContain(
      "unit_id 'zz' is not in table units",
    );
    expect(found("unknown_unit", "targets", "T1")?.message).toContain("unit_scope 'nowhere'");
    expect(found("unknown_indicator", "observations", "ob/ghost/2020")).toBeDefined();
    expect(found("unknown_indicator", "targets", "T1")).toBeDefined();
    expect(found("broken_framework_link", "framework", "G1")?.message).toContain("parent_id 'G9'");
    expect(found("broken_framework_link", "targets", "T1")?.message).toContain("framework_id 'T7'");
    expect(found("broken_framework_link", "indicators", "share")?.message).toContain("taza_koom_ref 'X1'");
    expect(found("conflicting_values", "observations", "ob/share/2021")?.message).toContain("55, 57");
    expect(found("out_of_range", "observations", "ob/share/2020")?.message).toContain("140");
    expect(found("undated", "observations", "ob/share/undated")).toBeDefined();
    expect(found("sum_mismatch", "observations", "ob/pop/2020")?.message).toContain("sum to 90");
    expect(found("sum_mismatch", "observations", "t1/pop/2020")?.message).toContain(
      "exceeds its district d1",
    );
    expect(found("sum_mismatch", "observations", "d2/pop/2022")?.message).toContain("urban + rural = 35");

    const expectedChecks = [
      "broken_framework_link",
      "conflicting_values",
      "missing_source",
      "out_of_range",
      "sum_mismatch",
      "undated",
      "unknown_indicator",
      "unknown_source",
      "unknown_unit",
    ];
    expect([...new Set(warnings.map((w) => w.check))].sort()).toEqual(expectedChecks);
    expect(await runDataCheck(db.conn)).toEqual([]);
  });

  it("says which tables are missing instead of failing", async () => {
    const empty = await openDb();
    const warnings = await runDataCheck(empty.conn);
    expect(warnings.map((w) => w.check)).toEqual(BUNDLED_TABLE_NAMES.map(() => "missing_table"));
    expect(warnings[0]?.message).toContain("main.sources does not exist");
    empty.close();
  });
});
