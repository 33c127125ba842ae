import {
  type DuckDBConnection,
  type DuckDBInstance,
  type DuckDBMaterializedResult,
  StatementType,
} from "@duckdb/node-api";
import type { ColumnInfo, RowWindow } from "../../shared/protocol/methods.ts";
import { lineColumnAt, splitStatements } from "../../shared/sql/split-statements.ts";
import { arrowFromResult } from "./arrow/arrow-from-duckdb.ts";
import { EngineError, isInterrupt } from "./engine-error.ts";
import { connectResolvingCells } from "./notebook/cell-search-path.ts";
import { quoteIdent, resultTable } from "./result-table.ts";
import { RESULTS_DB } from "./results-db.ts";
import { sqlErrorHeadline, sqlErrorOffset } from "./sql-error-position.ts";

export { RESULTS_DB } from "./results-db.ts";

/** Concurrent fetches beyond this open connections of their own, closed afterwards. */
const MAX_IDLE_FETCH_CONNECTIONS = 4;

export interface RunOutcome {
  resultId: string | null;
  columns: ColumnInfo[];
  rowCount: number;
  elapsedMs: number;
  statementType: string;
  window: RowWindow;
}

export interface RunOptions {
  windowSize?: number;
  signal?: AbortSignal;
}

/**
 * Runs SQL scripts. The last statement, when it is a query, is materialised as a table in
 * the results database so any window of it can be fetched later; earlier statements run as
 * they are. Each run has its own connection so that it can be interrupted on its own.
 */
export class SqlRunner {
  private seq = 0;
  /**
   * Results this runner wrote with CREATE TABLE AS and no column named rowid: their rowids are
   * 0..n-1 in result order, so a window is a rowid range, which DuckDB reads from the right row
   * group directly, where LIMIT/OFFSET costs about twice as much.
   */
  private readonly rowidOrdered = new Set<string>();
  /**
   * Connections that fetched windows, kept for the next fetch (a scrolling grid fetches often and
   * opening one costs a query). Only engine-written SELECTs run on them, so no state carries over.
   */
  private readonly idleFetchConnections: DuckDBConnection[] = [];

  constructor(private readonly instance: DuckDBInstance) {}

  async run(sql: string, opts: RunOptions = {}): Promise<RunOutcome> {
    const statements = splitStatements(sql);
    if (statements.length === 0) throw new EngineError("sql_error", "There is no SQL statement to run.");
    const conn = await connectResolvingCells(this.instance);
    const onAbort = () => conn.interrupt();
    opts.signal?.addEventListener("abort", onAbort);
    const started = performance.now();
    try {
      for (const stmt of statements.slice(0, -1)) {
        this.throwIfAborted(opts.signal);
        await this.guard(sql, stmt.text, stmt.start, () => conn.run(stmt.text));
      }
      this.throwIfAborted(opts.signal);
      const last = statements[statements.length - 1]!;
      const prepared = await this.guard(sql, last.text, last.start, () => conn.prepare(last.text));
      const statementType = StatementType[prepared.statementType] ?? "UNKNOWN";
      const windowSize = opts.windowSize ?? 200;
      if (prepared.statementType === StatementType.SELECT) {
        const resultId = `r_${++this.seq}`;
        const table = `${RESULTS_DB}.main.${quoteIdent(resultId)}`;
        const prefix = `CREATE TABLE ${table} AS `;
        const created = await this.tryMaterialise(conn, sql, last.text, last.start, prefix);
        if (created !== null) {
          const rowCount = created;
          // The statement's own columns, unless CREATE TABLE AS had to rename duplicates.
          const declared = Array.from({ length: prepared.columnCount }, (_, i) => ({
            name: prepared.columnName(i),
            type: prepared.columnType(i).toString(),
          }));
          const unique = new Set(declared.map((c) => c.name.toLowerCase())).size === declared.length;
          const columns = unique ? declared : await this.describe(conn, table);
          if (!columns.some((c) => c.name.toLowerCase() === "rowid")) this.rowidOrdered.add(resultId);
          const window = await this.readWindow(conn, resultId, table, 0, windowSize);
          return {
            resultId,
            columns,
            rowCount,
            elapsedMs: performance.now() - started,
            statementType,
            window,
          };
        }
      }
      // Not a query, or a query DuckDB will not wrap in CREATE TABLE AS (DESCRIBE, SHOW...):
      // its rows, if any, come back in one window.
      const result = await this.guard(sql, last.text, last.start, () => conn.run(last.text));
      const columns = result
        .columnNames()
        .map((name, i) => ({ name, type: result.columnType(i).toString() }));
      const { ipc, rowCount } = await arrowFromResult(result, 100_000);
      return {
        resultId: null,
        columns,
        rowCount,
        elapsedMs: performance.now() - started,
        statementType,
        window: { offset: 0, rowCount, arrow: ipc },
      };
    } finally {
      opts.signal?.removeEventListener("abort", onAbort);
      conn.closeSync();
    }
  }

  async fetchWindow(resultId: string, offset: number, limit: number): Promise<RowWindow> {
    const conn = this.idleFetchConnections.pop() ?? (await connectResolvingCells(this.instance));
    try {
      // A result of this runner is known by name; any other is looked up first.
      const table = this.rowidOrdered.has(resultId)
        ? `${RESULTS_DB}.main.${quoteIdent(resultId)}`
        : await resultTable(conn, resultId);
      return await this.readWindow(conn, resultId, table, offset, limit);
    } finally {
      if (this.idleFetchConnections.length < MAX_IDLE_FETCH_CONNECTIONS) this.idleFetchConnections.push(conn);
      else conn.closeSync();
    }
  }

  /** Closes the kept connections; call before closing the database. */
  close(): void {
    for (const conn of this.idleFetchConnections.splice(0)) conn.closeSync();
  }

  /** Drops a result and its sorted copy, if any. */
  async release(resultId: string): Promise<boolean> {
    const conn = await connectResolvingCells(this.instance);
    try {
      let released = false;
      for (const id of [resultId, `${resultId}__sorted`]) {
        const table = await resultTable(conn, id).catch(() => null);
        if (table) {
          await conn.run(`DROP TABLE ${table}`);
          released = true;
        }
      }
      return released;
    } finally {
      conn.closeSync();
    }
  }

  /** Returns the row count, or null when DuckDB cannot wrap this statement in CTAS. */
  private async tryMaterialise(
    conn: DuckDBConnection,
    script: string,
    text: string,
    start: number,
    prefix: string,
  ): Promise<number | null> {
    try {
      // CREATE TABLE AS answers with one row: the number of rows it wrote.
      const r = await conn.runAndReadAll(prefix + text);
      return Number(r.getRows()[0]?.[0] ?? 0);
    } catch (e) {
      if (e instanceof Error && /^Parser Error/.test(e.message) && !isInterrupt(e)) {
        // The statement on its own may still be valid (DESCRIBE, SHOW, PRAGMA...).
        return null;
      }
      throw this.toEngineError(e, script, prefix + text, start - prefix.length);
    }
  }

  private async readWindow(
    conn: DuckDBConnection,
    resultId: string,
    table: string,
    offset: number,
    limit: number,
  ): Promise<RowWindow> {
    const sql = this.rowidOrdered.has(resultId)
      ? `SELECT * FROM ${table} WHERE rowid >= ${offset} AND rowid < ${offset + limit}`
      : `SELECT * FROM ${table} LIMIT ${limit} OFFSET ${offset}`;
    let result: DuckDBMaterializedResult;
    try {
      result = await conn.run(sql);
    } catch (e) {
      // Dropped behind the runner's back (DROP TABLE in a script): same answer as an unknown id.
      if (e instanceof Error && /^Catalog Error/.test(e.message)) {
        this.rowidOrdered.delete(resultId);
        throw new EngineError("not_found", `Result ${resultId} is no longer available; run the cell again.`);
      }
      throw e;
    }
    const { ipc, rowCount } = await arrowFromResult(result);
    return { offset, rowCount, arrow: ipc };
  }

  /** DESCRIBE of the one table: duckdb_columns() would list every column of the workspace first. */
  private async describe(conn: DuckDBConnection, table: string): Promise<ColumnInfo[]> {
    const r = await conn.runAndReadAll(`DESCRIBE ${table}`);
    return r.getRows().map(([name, type]) => ({ name: String(name), type: String(type) }));
  }

  private throwIfAborted(signal: AbortSignal | undefined): void {
    if (signal?.aborted) throw new EngineError("cancelled", "The query was cancelled.");
  }

  private async guard<T>(script: string, executed: string, start: number, fn: () => Promise<T>) {
    try {
      return await fn();
    } catch (e) {
      throw this.toEngineError(e, script, executed, start);
    }
  }

  /** `start` is where `executed` would begin in the script (negative when a prefix was added). */
  private toEngineError(e: unknown, script: string, executed: string, start: number): EngineError {
    if (e instanceof EngineError) return e;
    if (isInterrupt(e)) return new EngineError("cancelled", "The query was cancelled.");
    const message = e instanceof Error ? e.message : String(e);
    const local = sqlErrorOffset(message, executed);
    let position: EngineError["position"];
    if (local !== undefined) {
      const offset = Math.min(Math.max(0, start + local), script.length);
      position = { ...lineColumnAt(script, offset), offset };
    }
    return new EngineError("sql_error", sqlErrorHeadline(message), position);
  }
}
