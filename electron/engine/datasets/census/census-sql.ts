import { createHash } from "node:crypto";
import {
  AGE_BANDS,
  COMPUTER_AT_HOME,
  EDUCATION_LEVELS,
  EDUCATION_WEIGHTS,
  EMPLOYMENT_WEIGHTS,
  FEMALE_SHARE,
  HEAD_MIN_AGE,
  HOUSEHOLD_SIZE,
  PROPENSITY,
} from "./census-assumptions.ts";
import type { CensusCalibration } from "./census-calibration.ts";

/**
 * SQL that generates the synthetic persons inside DuckDB. Every random draw is
 * hash(seed, stream, id) scaled to (0, 1): a pure function of the row's id, so the result does
 * not depend on thread count or scheduling, and ORDER BY person_id fixes the file layout.
 */

export interface CensusPlanUnit {
  unitIdx: number;
  unitId: string;
  region: string;
  persons: number;
  personOffset: number;
  urbanShare: number;
  householdBudget: number;
}

export const TEMP_HOUSEHOLDS = "_census_gen_households";
export const TEMP_PERSONS = "_census_gen_persons";
export const TEMP_THRESHOLDS = "_census_gen_thresholds";

/**
 * Uniform (0, 1) draw for one id: the 64-bit key of (seed, stream) is xor-ed into the id and
 * hashed once. Multi-argument hash(seed, stream, id) is not used because it combines its
 * inputs weakly (two streams of the same id were correlated at 0.97); a single-value hash is
 * fully mixed. The top 53 bits become a double strictly between 0 and 1, computed in DOUBLE
 * (UBIGINT + 0.5 would go through DECIMAL arithmetic, ten times slower).
 */
function rnd(seed: number, stream: number, id: string): string {
  const key = BigInt(`0x${createHash("sha256").update(`${seed}:${stream}`).digest("hex").slice(0, 16)}`);
  return `((hash(xor(${key}::UBIGINT, (${id})::UBIGINT)) >> 11)::DOUBLE + 0.5) / 9007199254740992.0`;
}

/** One id for a household draw: unit index in the high 32 bits, household number in the low. */
const HOUSEHOLD_KEY = "u.unit_idx::UBIGINT * 4294967296 + h.range";

/** CASE expression picking outcome k with probability weights[k] / sum(weights). */
function pick(r: string, weights: readonly number[], outcomes: readonly string[]): string {
  const total = weights.reduce((a, b) => a + b, 0);
  let cum = 0;
  const branches: string[] = [];
  weights.forEach((w, k) => {
    cum += w;
    if (k < weights.length - 1 && w > 0) branches.push(`WHEN ${r} < ${cum / total} THEN ${outcomes[k]}`);
  });
  const last = outcomes[weights.length - 1] ?? "NULL";
  return branches.length === 0 ? last : `CASE ${branches.join(" ")} ELSE ${last} END`;
}

function quoted(values: readonly string[]): string[] {
  return values.map((v) => `'${v}'`);
}

export function planUnits(calibration: CensusCalibration, scale: number): CensusPlanUnit[] {
  let offset = 0;
  const meanSize = (sizes: readonly number[]) =>
    sizes.reduce((acc, w, k) => acc + w * (k + 1), 0) / sizes.reduce((a, b) => a + b, 0);
  const smallest = Math.min(meanSize(HOUSEHOLD_SIZE.rural), meanSize(HOUSEHOLD_SIZE.urban));
  return calibration.units.map((u, unitIdx) => {
    const persons = Math.max(1, Math.round(u.population * scale));
    const plan: CensusPlanUnit = {
      unitIdx,
      unitId: u.unitId,
      region: u.region,
      persons,
      personOffset: offset,
      urbanShare: u.urbanShare,
      // More households than needed; the surplus after the last person is dropped.
      householdBudget: Math.ceil(persons / (smallest * 0.8)) + 50,
    };
    offset += persons;
    return plan;
  });
}

export function householdsSql(seed: number, units: CensusPlanUnit[]): string {
  const values = units
    .map(
      (u) =>
        `(${u.unitIdx}, '${u.unitId}', '${u.region}', ${u.persons}, ${u.personOffset}, ${u.urbanShare}::DOUBLE, ${u.householdBudget})`,
    )
    .join(", ");
  const sizes = (kind: "rural" | "urban") =>
    pick(
      "size_draw",
      HOUSEHOLD_SIZE[kind],
      HOUSEHOLD_SIZE[kind].map((_, k) => String(k + 1)),
    );
  return `CREATE OR REPLACE TEMP TABLE ${TEMP_HOUSEHOLDS} AS
    WITH plan(unit_idx, unit_id, region, n_persons, person_offset, urban_share, budget) AS (VALUES ${values}),
    drawn AS (
      SELECT u.unit_idx, u.unit_id, u.region, u.n_persons, u.person_offset, h.range AS hh_no,
             ${rnd(seed, 1, HOUSEHOLD_KEY)} < u.urban_share AS urban,
             ${rnd(seed, 2, HOUSEHOLD_KEY)} AS size_draw,
             ${rnd(seed, 3, HOUSEHOLD_KEY)} AS computer_draw
      FROM plan u, range(u.budget) h),
    sized AS (
      SELECT *, CASE WHEN urban THEN ${sizes("urban")} ELSE ${sizes("rural")} END AS size FROM drawn),
    placed AS (
      SELECT *, coalesce(sum(size) OVER (PARTITION BY unit_idx ORDER BY hh_no
                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS start_pos
      FROM sized)
    SELECT row_number() OVER (ORDER BY unit_idx, hh_no) AS household_id, unit_idx, unit_id, region, urban,
           computer_draw < CASE WHEN urban THEN ${COMPUTER_AT_HOME.urban} ELSE ${COMPUTER_AT_HOME.rural} END AS computer_at_home,
           n_persons, person_offset, start_pos, size
    FROM placed WHERE start_pos < n_persons`;
}

function ageSql(adultsOnly: boolean): string {
  const bands = AGE_BANDS.filter(([lo]) => !adultsOnly || lo >= HEAD_MIN_AGE);
  const outcomes = bands.map(([lo, hi]) => `(${lo} + floor(r_within * ${hi - lo + 1}))::INTEGER`);
  return pick(
    "r_band",
    bands.map(([, , w]) => w),
    outcomes,
  );
}

function educationSql(): string {
  const r = "r_education";
  const groups = EDUCATION_WEIGHTS.map(
    (g) =>
      `WHEN age BETWEEN ${g.minAge} AND ${g.maxAge} THEN CASE WHEN urban THEN ${pick(r, g.urban, quoted(EDUCATION_LEVELS))} ELSE ${pick(r, g.rural, quoted(EDUCATION_LEVELS))} END`,
  );
  return `CASE WHEN age < 15 THEN 'not_applicable' ${groups.join(" ")} END`;
}

function employmentSql(): string {
  const r = "r_employment";
  const statuses = quoted(["employed", "unemployed", "inactive"]);
  const groups = EMPLOYMENT_WEIGHTS.map(
    (g) =>
      `WHEN age BETWEEN ${g.minAge} AND ${g.maxAge} THEN CASE WHEN sex = 'female' THEN ${pick(r, g.female, statuses)} ELSE ${pick(r, g.male, statuses)} END`,
  );
  return `CASE WHEN age < 15 THEN 'not_applicable' ${groups.join(" ")} END`;
}

/** Log-odds score plus logistic noise; the top share of each region's adults by score gets the trait. */
function scoreSql(u: string, p: (typeof PROPENSITY)["internet" | "mobile"]): string {
  const age = `CASE ${p.age.map(([lo, hi, b]) => `WHEN age BETWEEN ${lo} AND ${hi} THEN ${b}`).join(" ")} ELSE 0 END`;
  const edu = `CASE education_level ${Object.entries(p.education)
    .map(([level, b]) => `WHEN '${level}' THEN ${b}`)
    .join(" ")} ELSE 0 END`;
  return `(${age} + CASE WHEN urban THEN ${p.urban} ELSE 0 END + ${edu} + ln(${u} / (1 - ${u})))`;
}

export function personsSql(seed: number): string {
  return `CREATE OR REPLACE TEMP TABLE ${TEMP_PERSONS} AS
    WITH base AS (
      SELECT (h.person_offset + h.start_pos + m.range + 1)::BIGINT AS person_id, h.household_id::BIGINT AS household_id,
             h.unit_id, h.region, h.urban, h.computer_at_home, m.range AS member_no
      FROM ${TEMP_HOUSEHOLDS} h, range(h.size) m
      WHERE h.start_pos + m.range < h.n_persons),
    drawn AS (
      SELECT b.*,
             ${rnd(seed, 10, "b.person_id")} AS r_sex,
             ${rnd(seed, 11, "b.person_id")} AS r_band,
             ${rnd(seed, 12, "b.person_id")} AS r_within,
             ${rnd(seed, 13, "b.person_id")} AS r_education,
             ${rnd(seed, 14, "b.person_id")} AS r_employment,
             ${rnd(seed, 20, "b.person_id")} AS r_internet,
             ${rnd(seed, 21, "b.person_id")} AS r_mobile
      FROM base b),
    aged AS (
      SELECT *, CASE WHEN r_sex < ${FEMALE_SHARE} THEN 'female' ELSE 'male' END AS sex,
             CASE WHEN member_no = 0 THEN ${ageSql(true)} ELSE ${ageSql(false)} END AS age
      FROM drawn),
    described AS (
      SELECT *, ${educationSql()} AS education_level FROM aged)
    SELECT person_id, household_id, unit_id, region, urban, sex, age, education_level,
           ${employmentSql()} AS employment_status, computer_at_home,
           ${scoreSql("r_internet", PROPENSITY.internet)} AS internet_score,
           ${scoreSql("r_mobile", PROPENSITY.mobile)} AS mobile_score
    FROM described`;
}

/**
 * Per region, the score above which a person aged 15+ has the trait: the (1 - share) quantile
 * of the region's adult scores, so the share of adults with the trait equals the real figure
 * (quantile_disc selects an actual score; scores are continuous, so ties do not occur).
 */
export function thresholdsSql(calibration: CensusCalibration): string {
  const columns = calibration.internet.flatMap((i) => {
    const m = calibration.mobile.find((x) => x.region === i.region);
    if (!m) throw new Error(`census calibration: no mobile-phone share for ${i.region}`);
    const only = `FILTER (WHERE region = '${i.region}')`;
    return [
      `quantile_disc(internet_score, ${1 - i.percent / 100}) ${only} AS "internet_${i.region}"`,
      `quantile_disc(mobile_score, ${1 - m.percent / 100}) ${only} AS "mobile_${i.region}"`,
    ];
  });
  return `CREATE OR REPLACE TEMP TABLE ${TEMP_THRESHOLDS} AS
    SELECT ${columns.join(", ")} FROM ${TEMP_PERSONS} WHERE age >= 15`;
}

/** The published columns, in file order. Children (under 15) are outside the survey universe: NULL. */
export function outputSelectSql(calibration: CensusCalibration): string {
  const threshold = (trait: "internet" | "mobile") =>
    `CASE region ${calibration.internet.map((i) => `WHEN '${i.region}' THEN t."${trait}_${i.region}"`).join(" ")} END`;
  return `SELECT person_id, household_id, unit_id,
           CASE WHEN urban THEN 'urban' ELSE 'rural' END AS urban_rural,
           sex, age, education_level, employment_status,
           CASE WHEN age >= 15 THEN internet_score >= ${threshold("internet")} END AS uses_internet,
           CASE WHEN age >= 15 THEN mobile_score >= ${threshold("mobile")} END AS owns_mobile_phone,
           computer_at_home
    FROM ${TEMP_PERSONS}, ${TEMP_THRESHOLDS} t
    ORDER BY person_id`;
}
