/**
 * Seeded synthetic benchmark data, generated inside DuckDB from range() and hash(row, seed): no
 * downloads, the same rows on every run. The values are synthetic and mean nothing; they only give
 * realistic column types, group counts and spreads.
 */

export const BENCH_SEED = 20_240_917;
export const TABLE_10M = "bench_10m";
export const TABLE_1M_X4 = "bench_1m_x4";
export const ROWS_10M = 10_000_000;
export const ROWS_1M = 1_000_000;

const DISTRICTS = Array.from({ length: 30 }, (_, i) => `'district_${String(i + 1).padStart(2, "0")}'`);
const BITS_21 = 2_097_151;

/**
 * `rows` rows: id, category (1000 groups), district (30 names), amount (uniform 0..10000), score
 * (bell-shaped 0..100: mean of three uniforms) and year. Three 64-bit hashes per row feed all
 * columns. Runs in native DuckDB and in duckdb-wasm alike.
 */
export function createBenchTableSql(table: string, rows: number, seed = BENCH_SEED): string {
  return `CREATE OR REPLACE TABLE ${table} AS
SELECT
  i AS id,
  (h1 % 1000)::INTEGER AS category,
  ([${DISTRICTS.join(", ")}])[1 + ((h1 >> 10) % ${DISTRICTS.length})::INTEGER] AS district,
  round((h2 >> 11)::DOUBLE / 9007199254740992 * 10000, 2) AS amount,
  ((h3 & ${BITS_21}) + ((h3 >> 21) & ${BITS_21}) + ((h3 >> 42) & ${BITS_21}))::DOUBLE / ${3 * (BITS_21 + 1)} * 100 AS score,
  (2000 + (h1 >> 20) % 25)::INTEGER AS year
FROM (SELECT i, hash(i, ${seed}) AS h1, hash(i, ${seed + 1}) AS h2, hash(i, ${seed + 2}) AS h3 FROM range(${rows}) r(i))`;
}

/** 1M rows x 4 numeric columns (BIGINT, DOUBLE, DOUBLE, INTEGER) taken from the 10M table. */
export function createArrowTableSql(source = TABLE_10M): string {
  return `CREATE OR REPLACE TABLE ${TABLE_1M_X4} AS
SELECT id, amount, score, category FROM ${source} WHERE id < 1000000 ORDER BY id`;
}

/** The GROUP BY the aggregate metrics use: 1000 groups over all rows. */
export function aggregateSql(table: string): string {
  return `SELECT category, count(*) AS n, sum(amount) AS total, avg(score) AS mean_score, max(year) AS last_year
FROM ${table} GROUP BY category`;
}
