import type { DuckDBConnection } from "@duckdb/node-api";
import { cellNameProblem } from "../../../shared/notebook/cell-name.ts";
import type { ColumnInfo } from "../../../shared/protocol/common-schemas.ts";
import type { Engine } from "../engine.ts";
import { EngineError } from "../engine-error.ts";
import { RESULTS_DB } from "../results-db.ts";
import { catalogTableNames } from "./catalog-names.ts";

/** Drops a cell's result table; true when there was one. */
export async function dropCellResult(engine: Engine, name: string): Promise<boolean> {
  const problem = cellNameProblem(name);
  if (problem)
    throw new EngineError("invalid_params", `Cell ${name}: ${problem}.`, undefined, `cell ${name}`);
  return engine.withConnection(async (conn) => {
    const existed = await resultExists(conn, name);
    await conn.run(`DROP TABLE IF EXISTS ${RESULTS_DB}.main."${name}"`);
    await conn.run(`DROP TABLE IF EXISTS ${RESULTS_DB}.main."${name}__sorted"`);
    return existed;
  });
}

/**
 * Renames a cell's result table, so renaming a cell needs no re-run; false when it had none.
 * Whatever result was left under `to` goes: the caller has checked no other cell has that name.
 */
export async function renameCellResult(engine: Engine, from: string, to: string): Promise<boolean> {
  for (const name of [from, to]) {
    const problem = cellNameProblem(name);
    if (problem)
      throw new EngineError("invalid_params", `Cell ${name}: ${problem}.`, undefined, `cell ${name}`);
  }
  return engine.withConnection(async (conn) => {
    if ((await catalogTableNames(conn)).includes(to)) {
      throw new EngineError(
        "invalid_params",
        `Cannot rename cell ${from} to ${to}: a table in the catalog has that name.`,
        undefined,
        `cell ${from}`,
      );
    }
    await conn.run(`DROP TABLE IF EXISTS ${RESULTS_DB}.main."${from}__sorted"`);
    await conn.run(`DROP TABLE IF EXISTS ${RESULTS_DB}.main."${to}__sorted"`);
    if (!(await resultExists(conn, from))) {
      await conn.run(`DROP TABLE IF EXISTS ${RESULTS_DB}.main."${to}"`);
      return false;
    }
    await conn.run(`DROP TABLE IF EXISTS ${RESULTS_DB}.main."${to}"`);
    await conn.run(`ALTER TABLE ${RESULTS_DB}.main."${from}" RENAME TO "${to}"`);
    return true;
  });
}

/** Drops every cell result (ad-hoc r_N results stay), e.g. before another notebook opens. */
export async function clearCellResults(engine: Engine): Promise<string[]> {
  return engine.withConnection(async (conn) => {
    const r = await conn.runAndReadAll(
      `SELECT table_name FROM duckdb_tables() WHERE database_name = '${RESULTS_DB}' AND schema_name = 'main' ORDER BY 1`,
    );
    const dropped: string[] = [];
    for (const [name] of r.getRows()) {
      const table = String(name);
      if (/^r_\d+(__sorted)?$/.test(table) || !/^[a-z0-9_]+$/.test(table)) continue;
      await conn.run(`DROP TABLE IF EXISTS ${RESULTS_DB}.main."${table}"`);
      if (!table.endsWith("__sorted")) dropped.push(table);
    }
    return dropped;
  });
}

async function resultExists(conn: DuckDBConnection, name: string): Promise<boolean> {
  const r = await conn.runAndReadAll(
    `SELECT count(*) FROM duckdb_tables() WHERE database_name = '${RESULTS_DB}' AND table_name = $name`,
    { name },
  );
  return Number(r.getRows()[0]?.[0]) > 0;
}

export async function resultColumns(conn: DuckDBConnection, name: string): Promise<ColumnInfo[]> {
  const r = await conn.runAndReadAll(
    `SELECT column_name, data_type FROM duckdb_columns() WHERE database_name = '${RESULTS_DB}' AND table_name = $name ORDER BY column_index`,
    { name },
  );
  return r.getRows().map(([n, t]) => ({ name: String(n), type: String(t) }));
}
