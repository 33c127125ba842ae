import type { DuckDBConnection } from "@duckdb/node-api";

/**
 * The gap analysis keeps what the user enters in workbench_meta, which the bundled-data loader
 * never drops (it recreates main.targets when the bundled data change):
 * - workbench_meta.user_targets: the user's own targets, copied into main.targets (is_user = true)
 *   so that SQL cells and the scorecard see them next to the bundled ones (see user-targets.ts);
 * - workbench_meta.roadmap_actions: roadmap actions, linked to target ids.
 * Query them in a SQL cell as `SELECT * FROM workbench_meta.roadmap_actions`.
 */
export async function ensureGapTables(conn: DuckDBConnection): Promise<void> {
  await conn.run("CREATE SCHEMA IF NOT EXISTS workbench_meta");
  await conn.run(`CREATE TABLE IF NOT EXISTS workbench_meta.user_targets (
    target_id VARCHAR PRIMARY KEY,
    programme VARCHAR,
    framework_id VARCHAR,
    indicator_id VARCHAR,
    unit_scope VARCHAR NOT NULL,
    baseline_value DOUBLE,
    baseline_year INTEGER,
    target_value DOUBLE NOT NULL,
    target_year INTEGER NOT NULL,
    direction VARCHAR NOT NULL CHECK (direction IN ('higher', 'lower')),
    target_text VARCHAR,
    unit VARCHAR,
    note VARCHAR
  )`);
  await conn.run(`CREATE TABLE IF NOT EXISTS workbench_meta.roadmap_actions (
    action_id VARCHAR PRIMARY KEY,
    title VARCHAR NOT NULL,
    owner VARCHAR,
    start_date DATE NOT NULL,
    end_date DATE NOT NULL,
    target_ids VARCHAR[] NOT NULL,
    status VARCHAR NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'delayed')),
    CHECK (end_date >= start_date)
  )`);
}

/** Whether the bundled table main.<name> exists (it does not when the bundled data are off). */
export async function mainTableExists(conn: DuckDBConnection, name: string): Promise<boolean> {
  const r = await conn.runAndReadAll(
    `SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database()
       AND schema_name = 'main' AND table_name = $name`,
    { name },
  );
  return Number(r.getRows()[0]?.[0]) > 0;
}
