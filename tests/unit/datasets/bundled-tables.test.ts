import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUNDLED_TABLE_NAMES } from "../../../electron/engine/datasets/bundled-schema.ts";
import { readBundledManifest } from "../../../electron/engine/datasets/read-manifest.ts";
import { resolveDatasetsDir } from "../../../electron/engine/datasets/resolve-datasets-dir.ts";
import { type OpenDb, openBundledDb, rows, scalar } from "./open-bundled-db.ts";

let db: OpenDb;

beforeAll(async () => {
  db = await openBundledDb();
});

afterAll(() => db.close());

const count = async (sql: string) => Number(await scalar(db.conn, sql));

describe("bundled tables: provenance", () => {
  it("gives every observation, unit, indicator, framework item and target a source that exists", async () => {
    for (const table of ["observations", "units", "indicators", "framework", "targets"]) {
      const orphans = await count(
        `SELECT count(*) FROM main.${table} t WHERE source_id IS NULL
           OR NOT EXISTS (SELECT 1 FROM main.sources s WHERE s.source_id = t.source_id)`,
      );
      expect(orphans, table).toBe(0);
    }
  });

  it("has one sources row per id, each with a publisher and a URL or an explanatory note", async () => {
    expect(await count("SELECT count(*) - count(DISTINCT source_id) FROM main.sources")).toBe(0);
    expect(
      await count(
        "SELECT count(*) FROM main.sources WHERE publisher IS NULL OR (url IS NULL AND note IS NULL)",
      ),
    ).toBe(0);
  });

  it("bundles no source that no row uses", async () => {
    const unused = await rows(
      db.conn,
      `SELECT source_id FROM main.sources s WHERE NOT EXISTS (
         SELECT 1 FROM (SELECT source_id FROM main.observations UNION ALL SELECT source_id FROM main.units
           UNION ALL SELECT source_id FROM main.indicators UNION ALL SELECT source_id FROM main.framework
           UNION ALL SELECT source_id FROM main.targets) used WHERE used.source_id = s.source_id)`,
    );
    expect(unused).toEqual([]);
  });

  it("keeps values as printed: value equals the printed number (x1000 / x1e6 only where the source printed thousands or millions)", async () => {
    const mismatched = await rows(
      db.conn,
      `WITH p AS (SELECT *, CAST(regexp_replace(value_as_printed, '^(>=|<=|>|<|~)\\s*', '') AS DOUBLE) AS printed
                  FROM main.observations)
       SELECT unit_id, indicator_id, year, value, value_as_printed, unit_as_printed FROM p
       WHERE NOT (abs(value - printed) <= 1e-9 * abs(printed)
              OR (unit_as_printed IN ('thousand persons', 'thousand') AND abs(value - printed * 1000) < 1e-6)
              OR (unit_as_printed IN ('million persons', 'million') AND abs(value - printed * 1e6) < 1e-6))`,
    );
    expect(mismatched).toEqual([]);
    expect(
      await count(
        "SELECT count(*) FROM main.observations WHERE value_as_printed LIKE '~%' AND value_qualifier <> '~'",
      ),
    ).toBe(0);
  });

  it("matches the manifest hash, so the CSVs were not edited without rebuilding", () => {
    const dir = resolveDatasetsDir();
    const manifest = readBundledManifest(dir);
    const hash = createHash("sha256");
    for (const name of BUNDLED_TABLE_NAMES) {
      const file = `${name}.csv`;
      hash.update(`${file}\n`).update(fs.readFileSync(path.join(dir, "osh", file), "utf8"));
    }
    expect(manifest.content_hash).toBe(hash.digest("hex"));
    expect(manifest.synthetic).toBe(false);
  });
});

describe("bundled tables: ids and foreign keys", () => {
  it("links every observation to a known unit and indicator", async () => {
    expect(
      await count("SELECT count(*) FROM main.observations o ANTI JOIN main.units u USING (unit_id)"),
    ).toBe(0);
    expect(
      await count(
        "SELECT count(*) FROM main.observations o ANTI JOIN main.indicators i USING (indicator_id)",
      ),
    ).toBe(0);
  });

  it("links targets to units, indicators (or none) and framework items", async () => {
    expect(
      await count(
        "SELECT count(*) FROM main.targets t WHERE unit_scope NOT IN (SELECT unit_id FROM main.units)",
      ),
    ).toBe(0);
    expect(
      await count(
        "SELECT count(*) FROM main.targets WHERE indicator_id IS NOT NULL AND indicator_id NOT IN (SELECT indicator_id FROM main.indicators)",
      ),
    ).toBe(0);
    expect(
      await count(
        "SELECT count(*) FROM main.targets WHERE framework_id IS NOT NULL AND framework_id NOT IN (SELECT framework_id FROM main.framework)",
      ),
    ).toBe(0);
    expect(await count("SELECT count(*) FROM main.targets WHERE is_user")).toBe(0);
    expect(
      await count(
        "SELECT count(*) FROM main.targets WHERE indicator_id IS NULL AND note NOT LIKE '%No bundled indicator%'",
      ),
    ).toBe(0);
  });

  it("keeps the framework tree and the indicators' Taza Koom links intact", async () => {
    expect(
      await count(
        "SELECT count(*) FROM main.framework WHERE parent_id IS NOT NULL AND parent_id NOT IN (SELECT framework_id FROM main.framework)",
      ),
    ).toBe(0);
    expect(
      await count(
        "SELECT count(*) FROM main.indicators WHERE taza_koom_ref IS NOT NULL AND taza_koom_ref NOT IN (SELECT framework_id FROM main.framework)",
      ),
    ).toBe(0);
    const kinds = await rows(
      db.conn,
      "SELECT kind, count(*)::INTEGER AS n FROM main.framework GROUP BY kind ORDER BY kind",
    );
    expect(kinds).toEqual([
      { kind: "goal", n: 7 },
      { kind: "principle", n: 7 },
      { kind: "subtask", n: 17 },
      { kind: "task", n: 4 },
    ]);
  });

  it("has the unit hierarchy of the brief: Osh oblast with 7 districts, towns under districts, Osh city apart", async () => {
    const districts = await rows(
      db.conn,
      "SELECT unit_id FROM main.units WHERE unit_type = 'district' AND parent_id = 'osh_oblast' ORDER BY unit_id",
    );
    expect(districts.map((r) => r.unit_id)).toEqual([
      "alay",
      "aravan",
      "chon_alay",
      "kara_kulja",
      "kara_suu",
      "nookat",
      "uzgen",
    ]);
    expect(
      await count(
        "SELECT count(*) FROM main.units t JOIN main.units p ON p.unit_id = t.parent_id WHERE t.unit_type = 'town' AND p.unit_type <> 'district'",
      ),
    ).toBe(0);
    expect(await scalar(db.conn, "SELECT parent_id FROM main.units WHERE unit_id = 'osh_city'")).toBe("kg");
    expect(
      await count(
        "SELECT count(*) FROM (SELECT DISTINCT unit_id FROM main.observations) o ANTI JOIN main.units USING (unit_id)",
      ),
    ).toBe(0);
  });

  it("has no NULL disaggregation and uses 'total' for an indicator's whole population", async () => {
    expect(
      await count(
        "SELECT count(*) FROM main.observations WHERE sex IS NULL OR location IS NULL OR age IS NULL OR breakdown IS NULL",
      ),
    ).toBe(0);
    const headline = await scalar(
      db.conn,
      `SELECT value FROM main.observations WHERE unit_id = 'osh_oblast' AND indicator_id = 'internet_users_pct_age15plus'
         AND year = 2023 AND sex = 'total' AND location = 'total' AND age = 'total' AND breakdown = 'total'`,
    );
    expect(headline).toBe(90.731107);
  });

  it("keeps population definitions apart (resident, de facto, basis not stated)", async () => {
    const defs = await rows(
      db.conn,
      "SELECT indicator_id, definition FROM main.indicators WHERE indicator_id LIKE 'population_census%' ORDER BY 1",
    );
    expect(defs.map((d) => d.indicator_id)).toEqual([
      "population_census",
      "population_census_de_facto",
      "population_census_resident",
    ]);
    expect(String(defs[1]?.definition)).toMatch(/de facto/i);
    expect(String(defs[2]?.definition)).toMatch(/resident/i);
  });
});
