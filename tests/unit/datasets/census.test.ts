import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCensusCalibration } from "../../../electron/engine/datasets/census/census-calibration.ts";
import { CENSUS_VIEW, ensureCensus } from "../../../electron/engine/datasets/census/ensure-census.ts";
import { type OpenDb, openBundledDb, openDb, rows, scalar } from "./open-bundled-db.ts";

const SCALE = 0.02;
const cacheRoot = fs.mkdtempSync(path.join(os.tmpdir(), "osh-census-"));
let db: OpenDb;

beforeAll(async () => {
  db = await openBundledDb();
});

afterAll(() => {
  db.close();
  fs.rmSync(cacheRoot, { recursive: true, force: true });
});

describe("ensureCensus: calibration", () => {
  it("calibrates to the latest resident / de facto figure of each unit (Kara-Suu: its only figure, 2009)", async () => {
    const calibration = await readCensusCalibration(db.conn);
    const byUnit = Object.fromEntries(calibration.units.map((u) => [u.unitId, u]));
    expect(byUnit.alay).toMatchObject({
      population: 87398,
      populationIndicator: "population_resident_estimate",
      populationYear: 2021,
    });
    expect(byUnit.osh_city).toMatchObject({
      population: 333600,
      populationIndicator: "population_resident_estimate",
      populationYear: 2022,
    });
    expect(byUnit.kara_suu).toMatchObject({
      population: 348645,
      populationIndicator: "population_census",
      populationYear: 2009,
    });
    expect(calibration.internet.map((t) => [t.region, t.year, t.percent])).toEqual([
      ["osh_city", 2023, 90.38439],
      ["osh_oblast", 2023, 90.731107],
    ]);
  });

  it("generates persons whose district totals and Internet / phone shares match the real figures", async () => {
    const cacheDir = path.join(cacheRoot, "calibrated");
    const result = await ensureCensus(db.conn, { cacheDir, scale: SCALE, seed: 11 });
    expect(result.generated).toBe(true);
    expect(result.table).toBe(CENSUS_VIEW);
    expect(result.path).toBe(path.join(cacheDir, `census_synthetic_s${SCALE}_seed11.parquet`));
    expect(Number(await scalar(db.conn, `SELECT count(*) FROM ${CENSUS_VIEW}`))).toBe(result.rows);

    const calibration = await readCensusCalibration(db.conn);
    const totals = await rows(
      db.conn,
      `SELECT unit_id, count(*)::INTEGER AS n FROM ${CENSUS_VIEW} GROUP BY unit_id`,
    );
    expect(totals).toHaveLength(8);
    for (const unit of calibration.units) {
      const n = Number(totals.find((t) => t.unit_id === unit.unitId)?.n);
      expect(Math.abs(n / SCALE - unit.population) / unit.population, unit.unitId).toBeLessThan(0.005);
    }

    const shares = await rows(
      db.conn,
      `SELECT CASE WHEN unit_id = 'osh_city' THEN 'osh_city' ELSE 'osh_oblast' END AS region,
              avg(uses_internet::INTEGER) * 100 AS internet, avg(owns_mobile_phone::INTEGER) * 100 AS mobile
       FROM ${CENSUS_VIEW} WHERE age >= 15 GROUP BY 1`,
    );
    for (const target of calibration.internet) {
      const got = shares.find((s) => s.region === target.region);
      expect(Math.abs(Number(got?.internet) - target.percent), target.region).toBeLessThan(0.2);
    }
    for (const target of calibration.mobile) {
      const got = shares.find((s) => s.region === target.region);
      expect(Math.abs(Number(got?.mobile) - target.percent), target.region).toBeLessThan(0.2);
    }
    expect(
      Number(
        await scalar(
          db.conn,
          `SELECT count(*) FROM ${CENSUS_VIEW} WHERE age < 15 AND uses_internet IS NOT NULL`,
        ),
      ),
    ).toBe(0);
    expect(
      Number(
        await scalar(
          db.conn,
          `SELECT count(*) FROM ${CENSUS_VIEW} WHERE unit_id = 'osh_city' AND urban_rural <> 'urban'`,
        ),
      ),
    ).toBe(0);
  });

  it("is labelled SYNTHETIC in table_meta and in the Parquet file itself", async () => {
    const cacheDir = path.join(cacheRoot, "calibrated");
    const { path: file } = await ensureCensus(db.conn, { cacheDir, scale: SCALE, seed: 11 });
    const meta = await rows(
      db.conn,
      `SELECT title, synthetic, origin, source_ids FROM workbench_meta.table_meta WHERE table_name = '${CENSUS_VIEW}'`,
    );
    expect(meta[0]?.synthetic).toBe(true);
    expect(meta[0]?.origin).toBe("generated");
    expect(String(meta[0]?.title)).toContain("SYNTHETIC");
    expect(meta[0]?.source_ids).toContain("nsc_sdg_data_17_8_1_xml");
    const kv = await scalar(
      db.conn,
      `SELECT decode(value) FROM parquet_kv_metadata('${file}') WHERE decode(key) = 'synthetic'`,
    );
    expect(kv).toBe("true");
  });
});

describe("ensureCensus: reproducibility and cache", () => {
  it("reuses the cached file on the next call", async () => {
    const cacheDir = path.join(cacheRoot, "reuse");
    const first = await ensureCensus(db.conn, { cacheDir, scale: 0.01, seed: 5 });
    const mtime = fs.statSync(first.path).mtimeMs;
    const second = await ensureCensus(db.conn, { cacheDir, scale: 0.01, seed: 5 });
    expect(second).toEqual({ ...first, generated: false });
    expect(fs.statSync(second.path).mtimeMs).toBe(mtime);
  });

  it("writes the same bytes for the same seed, whatever the thread count, and other bytes for another seed", async () => {
    const single = await openBundledDb("1");
    const a = await ensureCensus(single.conn, { cacheDir: path.join(cacheRoot, "t1"), scale: 0.01, seed: 3 });
    single.close();
    const b = await ensureCensus(db.conn, { cacheDir: path.join(cacheRoot, "t2"), scale: 0.01, seed: 3 });
    const c = await ensureCensus(db.conn, { cacheDir: path.join(cacheRoot, "t3"), scale: 0.01, seed: 4 });
    const bytes = (p: string) => fs.readFileSync(p);
    expect(a.generated && b.generated).toBe(true);
    expect(bytes(a.path).equals(bytes(b.path))).toBe(true);
    expect(bytes(a.path).equals(bytes(c.path))).toBe(false);
  });

  it("explains that the bundled data must be loaded first", async () => {
    const empty = await openDb();
    await expect(
      ensureCensus(empty.conn, { cacheDir: path.join(cacheRoot, "none"), scale: 0.01 }),
    ).rejects.toThrow(/load the bundled data first/);
    empty.close();
  });
});
