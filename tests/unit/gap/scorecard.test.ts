import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeScorecard } from "../../../electron/engine/gap/scorecard.ts";
import type { ScorecardRow } from "../../../shared/gap/scorecard-row.ts";

/*
 * Tiny fixture tables with the bundled tables' exact columns. Every number is synthetic, made up
 * for hand-worked arithmetic (source_id 'synthetic_fixture'); none is a real statistic.
 */
const FIXTURE = `
CREATE TABLE units(unit_id VARCHAR, name_en VARCHAR, name_ru VARCHAR, name_ky VARCHAR, unit_type VARCHAR,
  parent_id VARCHAR, lat DOUBLE, lon DOUBLE, area_km2 DOUBLE, source_id VARCHAR);
INSERT INTO units VALUES
  ('kg', 'Kyrgyz Republic', NULL, NULL, 'country', NULL, NULL, NULL, NULL, 'synthetic_fixture'),
  ('osh_oblast', 'Osh oblast', NULL, NULL, 'oblast', 'kg', NULL, NULL, NULL, 'synthetic_fixture'),
  ('osh_city', 'Osh city', NULL, NULL, 'city', 'kg', NULL, NULL, NULL, 'synthetic_fixture'),
  ('kara_suu', 'Kara-Suu district', NULL, NULL, 'district', 'osh_oblast', NULL, NULL, NULL, 'synthetic_fixture');

CREATE TABLE framework(framework_id VARCHAR, kind VARCHAR, parent_id VARCHAR, number VARCHAR, name_en VARCHAR,
  name_ru VARCHAR, name_ky VARCHAR, description_en VARCHAR);
INSERT INTO framework VALUES
  ('G1', 'goal', NULL, '1', 'Goal one', NULL, NULL, NULL),
  ('T1.1', 'task', 'G1', '1.1', 'Task one one', NULL, NULL, NULL),
  ('T1.2', 'task', 'G1', '1.2', 'Task one two', NULL, NULL, NULL),
  ('G2', 'goal', NULL, '2', 'Goal two', NULL, NULL, NULL);

CREATE TABLE indicators(indicator_id VARCHAR, name_en VARCHAR, name_ru VARCHAR, name_ky VARCHAR, unit VARCHAR,
  definition VARCHAR, direction VARCHAR, taza_koom_ref VARCHAR, source_id VARCHAR);
INSERT INTO indicators VALUES
  ('internet_users', 'Internet users', NULL, NULL, '%', NULL, 'higher', NULL, 'src_indicator'),
  ('broadband_price', 'Broadband price', NULL, NULL, 'KGS', NULL, 'lower', NULL, 'src_indicator'),
  ('egov_services', 'E-government services', NULL, NULL, 'count', NULL, NULL, NULL, 'src_indicator'),
  ('mobile_coverage', 'Mobile coverage', NULL, NULL, '%', NULL, 'up', NULL, 'src_indicator');

CREATE TABLE targets(target_id VARCHAR, programme VARCHAR, framework_id VARCHAR, indicator_id VARCHAR,
  unit_scope VARCHAR, baseline_value DOUBLE, baseline_year INTEGER, target_value DOUBLE, target_year INTEGER,
  direction VARCHAR, source_id VARCHAR, is_user BOOLEAN, note VARCHAR);
INSERT INTO targets VALUES
  ('TG1', 'Taza Koom', 'T1.1', 'internet_users', 'kg', 60, 2015, 90, 2025, NULL, 'src_programme', false, NULL),
  ('TG2', 'Taza Koom', 'T1.2', 'broadband_price', 'osh_city', NULL, NULL, 500, 2025, 'lower', 'src_programme', false, NULL),
  ('TG3', 'Roadmap', 'G2', 'egov_services', 'osh_city', 0, 2021, 2, 2023, NULL, 'src_roadmap', true, NULL),
  ('TG4', 'Taza Koom', 'T1.1', 'internet_users', 'kg', NULL, NULL, 95, NULL, NULL, 'src_programme', false, NULL),
  ('TG5', 'Roadmap', 'G2', 'mobile_coverage', 'kg', 80, 2018, 99, 2026, NULL, 'src_roadmap', false, NULL),
  ('TG6', 'Roadmap', 'G2', NULL, 'osh_city', NULL, NULL, 1000000, NULL, 'higher', 'src_roadmap', false, NULL);

CREATE TABLE observations(unit_id VARCHAR, indicator_id VARCHAR, year INTEGER, value DOUBLE, source_id VARCHAR,
  note VARCHAR);
INSERT INTO observations VALUES
  ('kg', 'internet_users', 2015, 60, 'synthetic_fixture', NULL),
  ('kg', 'internet_users', 2017, 72.6, 'synthetic_fixture', NULL),
  ('kg', 'internet_users', 2020, 50, 'synthetic_later', NULL),
  ('osh_city', 'internet_users', 2016, 50, 'synthetic_fixture', NULL),
  ('osh_city', 'internet_users', 2018, 55, 'synthetic_fixture', NULL),
  ('osh_city', 'internet_users', 2019, NULL, 'synthetic_fixture', 'missing value is skipped'),
  ('osh_city', 'broadband_price', 2017, 1000, 'synthetic_fixture', NULL),
  ('osh_city', 'broadband_price', 2019, 810, 'synthetic_fixture', NULL),
  ('osh_city', 'egov_services', 2021, 0, 'synthetic_fixture', NULL),
  ('osh_city', 'egov_services', 2023, 1, 'synthetic_fixture', NULL),
  ('kg', 'mobile_coverage', 2018, 80, 'synthetic_fixture', NULL),
  ('kg', 'mobile_coverage', 2022, 90, 'synthetic_fixture', NULL);
`;

let instance: DuckDBInstance;
let conn: DuckDBConnection;

beforeAll(async () => {
  instance = await DuckDBInstance.create(":memory:");
  conn = await instance.connect();
  await conn.run(FIXTURE);
});

afterAll(() => {
  conn.closeSync();
  instance.closeSync();
});

function find(rows: readonly ScorecardRow[], unitId: string, targetId: string): ScorecardRow {
  const row = rows.find((r) => r.unitId === unitId && r.targetId === targetId);
  if (row === undefined) throw new Error(`no row for ${unitId} / ${targetId}`);
  return row;
}

describe("computeScorecard", () => {
  it("applies a programme's targets to each unit, national ones to all", async () => {
    const rows = await computeScorecard(conn, {
      programme: "Taza Koom",
      unitIds: ["kg", "osh_city", "kara_suu"],
      method: "eurostat",
      asOfYear: 2019,
    });
    expect(rows.map((r) => `${r.unitId}/${r.targetId}`)).toEqual([
      "kg/TG1",
      "kg/TG4",
      "osh_city/TG1",
      "osh_city/TG2",
      "osh_city/TG4",
      "kara_suu/TG1",
      "kara_suu/TG4",
    ]);

    // kg/TG1 as of 2019: baseline 60 (2015, printed), latest 72.6 (2017)
    // observed (72.6/60)^(1/2)-1 = 1.21^0.5-1 = 0.1; required (90/60)^(1/10)-1 = 0.041380; ratio 2.42
    // years to 90: ln(90/72.6)/ln(1.1) = 2.254 -> 2020; gap 90-72.6 = 17.4; progress 12.6/30 = 0.42
    const kg = find(rows, "kg", "TG1");
    expect(kg).toMatchObject({
      method: "eurostat",
      status: "significant_progress",
      unitName: "Kyrgyz Republic",
      indicatorName: "Internet users",
      indicatorUnit: "%",
      programme: "Taza Koom",
      frameworkId: "T1.1",
      direction: "higher",
      latestValue: 72.6,
      latestYear: 2017,
      baselineValue: 60,
      baselineYear: 2015,
      targetValue: 90,
      targetYear: 2025,
      projectedYear: 2020,
      growthKind: "compound_rate",
      flags: [],
      issues: [],
    });
    expect(kg.gap).toBeCloseTo(17.4, 10);
    expect(kg.progress).toBeCloseTo(0.42, 10);
    expect(kg.observedGrowth).toBeCloseTo(0.1, 12);
    expect(kg.requiredGrowth).toBeCloseTo(0.04138, 5);
    expect(kg.sourceIds).toEqual(["src_programme", "src_indicator", "synthetic_fixture"]);

    // osh_city/TG1: national target on a city; baseline from the city's first observation 50 (2016)
    // observed 1.1^0.5-1 = 0.048809; required (90/50)^(1/9)-1 = 0.067490; ratio 0.723 -> moderate
    const city = find(rows, "osh_city", "TG1");
    expect(city.status).toBe("moderate_progress");
    expect(city.baselineValue).toBe(50);
    expect(city.flags).toEqual(["national_target_on_subnational_unit", "baseline_from_observations"]);
    expect(city.requiredGrowth).toBeCloseTo(0.06749, 5);

    // osh_city/TG2, lower is better: 1000 (2017) -> 810 (2019): observed 0.81^0.5-1 = -0.1
    // required (500/1000)^(1/8)-1 = 0.5^0.125-1 = e^(-0.0866434)-1 = -0.082996; ratio 1.2049 -> significant
    // years to 500: ln(500/810)/ln(0.9) = -0.482426/-0.105361 = 4.58 -> 2019 + 5 = 2024
    const price = find(rows, "osh_city", "TG2");
    expect(price.status).toBe("significant_progress");
    expect(price.observedGrowth).toBeCloseTo(-0.1, 12);
    expect(price.requiredGrowth).toBeCloseTo(-0.082996, 6);
    expect(price.projectedYear).toBe(2024);
    expect(price.flags).toEqual(["baseline_from_observations"]);

    // kara_suu has no internet_users observations
    const district = find(rows, "kara_suu", "TG1");
    expect(district.status).toBe("insufficient_data");
    expect(district.flags).toEqual(["national_target_on_subnational_unit", "no_data", "insufficient_data"]);

    // TG4 has no target year; the row still shows where kg stands: gap 95 - 72.6 = 22.4
    const kgIncomplete = find(rows, "kg", "TG4");
    expect(kgIncomplete.status).toBe("not_assessable");
    expect(kgIncomplete.latestValue).toBe(72.6);
    expect(kgIncomplete.gap).toBeCloseTo(22.4, 10);
    expect(kgIncomplete.direction).toBe("higher");
    const incomplete = find(rows, "osh_city", "TG4");
    expect(incomplete.status).toBe("not_assessable");
    expect(incomplete.flags).toEqual(["national_target_on_subnational_unit", "target_incomplete"]);
    expect(incomplete.issues).toEqual([
      {
        table: "targets",
        key: "TG4",
        column: "target_year",
        message: "empty; the target cannot be assessed",
      },
    ]);
  });

  it("uses observations after the as-of year when none is given", async () => {
    // latest 50 (2020): observed (50/60)^(1/5)-1 = -0.0358 -> moving away, regressing
    const [row] = await computeScorecard(conn, { targetIds: ["TG1"], unitIds: ["kg"], method: "eurostat" });
    expect(row?.latestYear).toBe(2020);
    expect(row?.status).toBe("moving_away");
    expect(row?.flags).toContain("regressing");
    expect(row?.sourceIds).toEqual([
      "src_programme",
      "src_indicator",
      "synthetic_fixture",
      "synthetic_later",
    ]);
  });

  it("takes a framework goal's tasks along", async () => {
    const rows = await computeScorecard(conn, {
      frameworkIds: ["G1"],
      unitIds: ["osh_city"],
      method: "escap",
    });
    expect(rows.map((r) => r.targetId)).toEqual(["TG1", "TG2", "TG4"]);
    const onlyTask = await computeScorecard(conn, {
      frameworkIds: ["T1.2"],
      unitIds: ["osh_city"],
      method: "escap",
    });
    expect(onlyTask.map((r) => r.targetId)).toEqual(["TG2"]);
  });

  it("infers a missing direction and rates a zero baseline per method", async () => {
    const request = { targetIds: ["TG3"], unitIds: ["kg", "osh_city"] } as const;
    const [eurostat] = await computeScorecard(conn, { ...request, method: "eurostat" });
    expect(eurostat?.unitId).toBe("osh_city"); // TG3 is set for the city only
    expect(eurostat?.direction).toBe("higher");
    expect(eurostat?.status).toBe("not_assessable");
    expect(eurostat?.flags).toEqual(["direction_inferred", "non_positive_values", "target_year_passed"]);
    // ESCAP: line through (2021, 0) and (2023, 1), slope 0.5; reaches 2 in 2025
    const escap = await computeScorecard(conn, { ...request, method: "escap" });
    expect(escap).toHaveLength(1);
    expect(escap[0]?.status).toBe("accelerate_progress");
    expect(escap[0]?.projectedYear).toBe(2025);
    expect(escap[0]?.observedGrowth).toBeCloseTo(0.5, 12);
  });

  it("reports table problems on the row, with where they are", async () => {
    const rows = await computeScorecard(conn, {
      targetIds: ["TG5", "TG1"],
      unitIds: ["kg", "nowhere"],
      method: "german",
    });
    const coverage = find(rows, "kg", "TG5");
    expect(coverage.issues).toEqual([
      {
        table: "indicators",
        key: "mobile_coverage",
        column: "direction",
        message: '"up" is neither "higher" nor "lower"; ignored',
      },
    ]);
    expect(coverage.direction).toBe("higher");
    expect(coverage.flags).toContain("direction_inferred");
    expect(coverage.status).toBe("insufficient_data"); // two points; the German rule needs four
    const nowhere = find(rows, "nowhere", "TG1");
    expect(nowhere.unitName).toBeNull();
    expect(nowhere.issues).toContainEqual({
      table: "units",
      key: "nowhere",
      column: "unit_id",
      message: "not found in table units",
    });
  });

  it("lists a target without an indicator as not assessable", async () => {
    const [row] = await computeScorecard(conn, {
      targetIds: ["TG6"],
      unitIds: ["osh_city"],
      method: "escap",
    });
    expect(row).toMatchObject({
      targetId: "TG6",
      indicatorId: null,
      status: "not_assessable",
      flags: ["no_indicator", "target_incomplete"],
      latestValue: null,
    });
    expect(row?.issues.map((i) => `${i.table}.${i.column}`)).toEqual([
      "targets.indicator_id",
      "targets.target_year",
    ]);
  });

  it("uses only the 'total' rows of disaggregated observations", async () => {
    const db = await DuckDBInstance.create(":memory:");
    const c = await db.connect();
    await c.run(`
      CREATE TABLE units AS SELECT 'kg' AS unit_id, 'Kyrgyz Republic' AS name_en;
      CREATE TABLE indicators AS SELECT 'internet_users' AS indicator_id, 'Internet users' AS name_en, '%' AS unit,
        'higher' AS direction, 'src_indicator' AS source_id;
      CREATE TABLE targets AS SELECT 'TG1' AS target_id, 'Taza Koom' AS programme, NULL::VARCHAR AS framework_id,
        'internet_users' AS indicator_id, 'kg' AS unit_scope, 60.0 AS baseline_value, 2015 AS baseline_year,
        90.0 AS target_value, 2025 AS target_year, NULL::VARCHAR AS direction, 'src_programme' AS source_id;
      CREATE TABLE observations(unit_id VARCHAR, indicator_id VARCHAR, year INTEGER, value DOUBLE, source_id VARCHAR,
        note VARCHAR, sex VARCHAR, location VARCHAR, age VARCHAR, breakdown VARCHAR);
      INSERT INTO observations VALUES
        ('kg', 'internet_users', 2017, 72.6, 'synthetic_fixture', NULL, 'total', 'total', 'total', 'total'),
        ('kg', 'internet_users', 2017, 99, 'synthetic_fixture', NULL, 'female', 'total', 'total', 'total'),
        ('kg', 'internet_users', 2017, 98, 'synthetic_fixture', NULL, 'total', 'urban', 'total', 'total'),
        ('kg', 'internet_users', 2017, 97, 'synthetic_fixture', NULL, 'total', 'total', '15-19', 'total'),
        ('kg', 'internet_users', 2017, 96, 'synthetic_fixture', NULL, 'total', 'total', 'total', 'quintile: Q5');`);
    const [row] = await computeScorecard(c, { unitIds: ["kg"], method: "eurostat" });
    expect(row?.latestValue).toBe(72.6);
    expect(row?.flags).toEqual([]);
    expect(row?.status).toBe("significant_progress");
    c.closeSync();
    db.closeSync();
  });

  it("returns nothing for empty selections", async () => {
    expect(await computeScorecard(conn, { unitIds: [], method: "eurostat" })).toEqual([]);
    expect(await computeScorecard(conn, { targetIds: [], unitIds: ["kg"], method: "eurostat" })).toEqual([]);
    expect(
      await computeScorecard(conn, { programme: "No such programme", unitIds: ["kg"], method: "german" }),
    ).toEqual([]);
  });

  it("names the missing table", async () => {
    const bare = await DuckDBInstance.create(":memory:");
    const bareConn = await bare.connect();
    await expect(computeScorecard(bareConn, { unitIds: ["kg"], method: "eurostat" })).rejects.toThrow(
      /Gap scorecard: reading tables targets, indicators and framework failed: .*targets/,
    );
    bareConn.closeSync();
    bare.closeSync();
  });
});
