import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { quoteIdentifier, sqlLiteral } from "../../../../shared/charts/sql-quote.ts";
import { queryRows } from "../data-warning.ts";
import { ensureMetaSchema, upsertTableMeta } from "../table-meta.ts";
import { GENERATOR_VERSION } from "./census-assumptions.ts";
import { type CensusCalibration, readCensusCalibration } from "./census-calibration.ts";
import {
  householdsSql,
  outputSelectSql,
  personsSql,
  planUnits,
  TEMP_HOUSEHOLDS,
  TEMP_PERSONS,
  TEMP_THRESHOLDS,
  thresholdsSql,
} from "./census-sql.ts";

export const CENSUS_VIEW = "census_synthetic_persons";

export interface EnsureCensusOptions {
  /** Folder for the generated Parquet files (created if missing). */
  cacheDir: string;
  /** 1 = about the real population of Osh oblast + Osh city; 10 = ten times that. */
  scale?: number;
  seed?: number;
}

export interface EnsureCensusResult {
  table: string;
  path: string;
  rows: number;
  generated: boolean;
}

/** Identifies what the file was generated from: a changed assumption or calibration figure means a new file. */
function fingerprint(calibration: CensusCalibration, scale: number, seed: number): string {
  return createHash("sha256")
    .update(JSON.stringify({ GENERATOR_VERSION, calibration, scale, seed }))
    .digest("hex")
    .slice(0, 16);
}

async function cachedRows(conn: DuckDBConnection, file: string, expected: string): Promise<number | null> {
  if (!fs.existsSync(file)) return null;
  try {
    const meta = await queryRows(
      conn,
      `SELECT decode(value) AS value FROM parquet_kv_metadata(${sqlLiteral(file)}) WHERE decode(key) = 'fingerprint'`,
    );
    if (meta[0]?.value !== expected) return null;
    const counted = await queryRows(
      conn,
      `SELECT count(*)::BIGINT AS n FROM read_parquet(${sqlLiteral(file)})`,
    );
    return Number(counted[0]?.n);
  } catch {
    // An unreadable or truncated cache file is regenerated rather than reported.
    return null;
  }
}

async function generate(
  conn: DuckDBConnection,
  file: string,
  calibration: CensusCalibration,
  scale: number,
  seed: number,
  print: string,
): Promise<number> {
  const units = planUnits(calibration, scale);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await conn.run(householdsSql(seed, units));
    await conn.run(personsSql(seed));
    await conn.run(thresholdsSql(calibration));
    const counts = await queryRows(
      conn,
      `SELECT unit_id, count(*)::BIGINT AS n FROM ${TEMP_PERSONS} GROUP BY unit_id`,
    );
    for (const u of units) {
      const got = Number(counts.find((c) => c.unit_id === u.unitId)?.n ?? 0);
      if (got !== u.persons)
        throw new Error(`census generator: ${u.unitId} has ${got} persons, planned ${u.persons}`);
    }
    const kv = {
      synthetic: "true",
      generator: GENERATOR_VERSION,
      seed: String(seed),
      scale: String(scale),
      fingerprint: print,
    };
    const kvSql = Object.entries(kv)
      .map(([k, v]) => `${k}: ${sqlLiteral(v)}`)
      .join(", ");
    await conn.run(
      `COPY (${outputSelectSql(calibration)}) TO ${sqlLiteral(tmp)}
       (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880, KV_METADATA {${kvSql}})`,
    );
    fs.renameSync(tmp, file);
    return units.reduce((acc, u) => acc + u.persons, 0);
  } finally {
    fs.rmSync(tmp, { force: true });
    await conn.run(`DROP TABLE IF EXISTS ${TEMP_THRESHOLDS}`);
    await conn.run(`DROP TABLE IF EXISTS ${TEMP_PERSONS}`);
    await conn.run(`DROP TABLE IF EXISTS ${TEMP_HOUSEHOLDS}`);
  }
}

/**
 * Makes the SYNTHETIC person-level census extract available as view census_synthetic_persons:
 * generated once per (scale, seed, calibration) into cacheDir as Parquet and reused afterwards.
 * Needs the bundled tables (loadBundledData) for its calibration figures.
 */
export async function ensureCensus(
  conn: DuckDBConnection,
  opts: EnsureCensusOptions,
): Promise<EnsureCensusResult> {
  const scale = opts.scale ?? 1;
  const seed = opts.seed ?? 1;
  if (!(Number.isFinite(scale) && scale > 0))
    throw new Error(`ensureCensus: scale must be a positive number, got ${scale}`);
  if (!Number.isSafeInteger(seed)) throw new Error(`ensureCensus: seed must be an integer, got ${seed}`);
  const calibration = await readCensusCalibration(conn);
  const print = fingerprint(calibration, scale, seed);
  fs.mkdirSync(opts.cacheDir, { recursive: true });
  const file = path.resolve(opts.cacheDir, `census_synthetic_s${scale}_seed${seed}.parquet`);

  let rows = await cachedRows(conn, file, print);
  const generated = rows === null;
  if (rows === null) rows = await generate(conn, file, calibration, scale, seed, print);

  await conn.run(
    `CREATE OR REPLACE VIEW main.${quoteIdentifier(CENSUS_VIEW)} AS SELECT * FROM read_parquet(${sqlLiteral(file)})`,
  );
  await ensureMetaSchema(conn);
  const internet = calibration.internet.map((t) => `${t.region} ${t.percent} % (${t.year})`).join(", ");
  await upsertTableMeta(conn, {
    tableName: CENSUS_VIEW,
    datasetId: "census_synthetic",
    title:
      "SYNTHETIC census extract: persons of Osh oblast's districts and Osh city (generated, not real microdata)",
    description: `SYNTHETIC data generated by the workbench (scale ${scale}, seed ${seed}, ${rows} persons). Only the district and city population totals and the regional shares of Internet users (${internet}) and mobile-phone owners among persons 15+ are calibrated to bundled real figures; every other distribution is a modelling assumption (electron/engine/datasets/census/ASSUMPTIONS.md). Never cite it as a statistic.`,
    synthetic: true,
    sourceIds: [
      ...new Set([
        ...calibration.units.map((u) => u.populationSourceId),
        ...calibration.internet.map((t) => t.sourceId),
        ...calibration.mobile.map((t) => t.sourceId),
      ]),
    ].sort(),
    origin: "generated",
  });
  return { table: CENSUS_VIEW, path: file, rows, generated };
}
