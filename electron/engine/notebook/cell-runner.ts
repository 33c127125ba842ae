import { type DuckDBConnection, type DuckDBPreparedStatement, StatementType } from "@duckdb/node-api";
import { cellNameProblem } from "../../../shared/notebook/cell-name.ts";
import { lineColumnAt, splitStatements } from "../../../shared/sql/split-statements.ts";
import { arrowFromResult } from "../arrow/arrow-from-duckdb.ts";
import type { Engine } from "../engine.ts";
import { EngineError, isInterrupt } from "../engine-error.ts";
import { RESULTS_DB } from "../results-db.ts";
import { sqlErrorHeadline, sqlErrorOffset } from "../sql-error-position.ts";
import type { RunOutcome } from "../sql-runner.ts";
import { catalogTableNames } from "./catalog-names.ts";
import { resultColumns } from "./cell-results.ts";
import { connectResolvingCells } from "./cell-search-path.ts";
import { bindNamedParams, type ParamValue } from "./param-binding.ts";

export interface CellRunRequest {
  /** The cell's name; its result becomes the table of that name. */
  name: string;
  sql: string;
  /** Values of the notebook's input cells, by name. */
  params: Readonly<Record<string, ParamValue>>;
  windowSize?: number;
  signal?: AbortSignal;
}

/** No rows beyond this come back from a statement that is not materialised (DESCRIBE, EXPLAIN...). */
const UNMATERIALISED_ROW_LIMIT = 100_000;

/**
 * Runs a SQL cell: every statement but the last as it is, then the last one, if it is a query,
 * as `CREATE OR REPLACE TABLE wb_results.main."<name>" AS <query>` so later cells and the
 * grid (sql.fetch with the cell's name as resultId) can read it. Named parameters are bound
 * through prepared statements: DuckDB accepts parameters in CREATE TABLE AS when prepared, so
 * no value is ever spliced into SQL. When the run fails or is cancelled the cell's old table
 * is dropped, so no cell reads a result that no longer matches its source.
 */
export async function runNotebookCell(engine: Engine, req: CellRunRequest): Promise<RunOutcome> {
  const where = `cell ${req.name}`;
  const problem = cellNameProblem(req.name);
  if (problem) throw new EngineError("invalid_params", `Cell ${req.name}: ${problem}.`, undefined, where);
  const statements = splitStatements(req.sql);
  const conn = await connectResolvingCells(engine.instance);
  const onAbort = () => conn.interrupt();
  req.signal?.addEventListener("abort", onAbort);
  const started = performance.now();
  const target = `${RESULTS_DB}.main."${req.name}"`;
  try {
    if ((await catalogTableNames(conn)).includes(req.name)) {
      throw new EngineError(
        "invalid_params",
        `Cell ${req.name} has the name of a table in the catalog; rename the cell so its result does not hide that table.`,
        undefined,
        where,
      );
    }
    if (statements.length === 0)
      throw new EngineError("sql_error", `Cell ${req.name} has no SQL to run.`, undefined, where);
    const run = async <T>(
      text: string,
      start: number,
      fn: (p: DuckDBPreparedStatement) => Promise<T>,
    ): Promise<T> => {
      throwIfAborted(req.signal, where);
      let prepared: DuckDBPreparedStatement | undefined;
      try {
        prepared = await conn.prepare(text);
        bindNamedParams(prepared, req.params, req.name);
        return await fn(prepared);
      } catch (e) {
        throw cellError(e, req.sql, text, start, where);
      } finally {
        prepared?.destroySync();
      }
    };
    for (const stmt of statements.slice(0, -1)) await run(stmt.text, stmt.start, (p) => p.run());

    const last = statements[statements.length - 1]!;
    const lastType = await statementTypeOf(conn, last.text, req.sql, last.start, where);
    const windowSize = req.windowSize ?? 200;
    if (lastType === StatementType.SELECT) {
      const prefix = `CREATE OR REPLACE TABLE ${target} AS `;
      const rowCount = await run(prefix + last.text, last.start - prefix.length, async (p) =>
        Number((await p.runAndReadAll()).getRows()[0]?.[0] ?? 0),
      ).catch((e: unknown) => {
        // DuckDB will not wrap some queries (DESCRIBE, SHOW...) in CREATE TABLE AS.
        if (e instanceof EngineError && e.code === "sql_error" && /^Parser Error/.test(e.message))
          return null;
        throw e;
      });
      if (rowCount !== null) {
        const first = await conn.run(`SELECT * FROM ${target} LIMIT ${windowSize}`);
        const { ipc, rowCount: shown } = await arrowFromResult(first);
        return {
          resultId: req.name,
          columns: await resultColumns(conn, req.name),
          rowCount,
          elapsedMs: performance.now() - started,
          statementType: StatementType[lastType] ?? "UNKNOWN",
          window: { offset: 0, rowCount: shown, arrow: ipc },
        };
      }
    }
    // Not materialised: the cell has no table, and its rows (if any) come back in one window.
    await conn.run(`DROP TABLE IF EXISTS ${target}`);
    return await run(last.text, last.start, async (p) => {
      const result = await p.run();
      const { ipc, rowCount } = await arrowFromResult(result, UNMATERIALISED_ROW_LIMIT);
      return {
        resultId: null,
        columns: result.columnNames().map((name, i) => ({ name, type: result.columnType(i).toString() })),
        rowCount,
        elapsedMs: performance.now() - started,
        statementType: StatementType[lastType] ?? "UNKNOWN",
        window: { offset: 0, rowCount, arrow: ipc },
      };
    });
  } catch (e) {
    await dropQuietly(conn, target);
    throw e instanceof EngineError ? e : cellError(e, req.sql, req.sql, 0, where);
  } finally {
    req.signal?.removeEventListener("abort", onAbort);
    conn.closeSync();
  }
}

async function statementTypeOf(
  conn: DuckDBConnection,
  text: string,
  script: string,
  start: number,
  where: string,
): Promise<StatementType> {
  let prepared: DuckDBPreparedStatement | undefined;
  try {
    prepared = await conn.prepare(text);
    return prepared.statementType;
  } catch (e) {
    throw cellError(e, script, text, start, where);
  } finally {
    prepared?.destroySync();
  }
}

async function dropQuietly(conn: DuckDBConnection, target: string): Promise<void> {
  try {
    await conn.run(`DROP TABLE IF EXISTS ${target}`);
  } catch {
    // The connection may be interrupted; the next run replaces the table anyway.
  }
}

function throwIfAborted(signal: AbortSignal | undefined, where: string): void {
  if (signal?.aborted) throw new EngineError("cancelled", "The cell run was cancelled.", undefined, where);
}

/** DuckDB's error with its position mapped onto the cell's text (`start` < 0 when a prefix was added). */
function cellError(e: unknown, script: string, executed: string, start: number, where: string): EngineError {
  if (e instanceof EngineError) return e;
  if (isInterrupt(e)) return new EngineError("cancelled", "The cell run was cancelled.", undefined, where);
  const message = e instanceof Error ? e.message : String(e);
  const local = sqlErrorOffset(message, executed);
  let position: EngineError["position"];
  if (local !== undefined) {
    const offset = Math.min(Math.max(0, start + local), script.length);
    position = { ...lineColumnAt(script, offset), offset };
  }
  return new EngineError("sql_error", sqlErrorHeadline(message), position, where);
}
