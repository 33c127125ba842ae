import path from "node:path";
import type { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import type { ResultOf } from "../../shared/protocol/methods.ts";
import { listCatalog } from "./catalog.ts";
import { type DatabaseLimits, limitsFromMachine, openDatabase } from "./duckdb-open.ts";
import { bootstrapWorkspace } from "./engine-bootstrap.ts";
import { connectResolvingCells } from "./notebook/cell-search-path.ts";
import { RESULTS_DB, type RunOptions, type RunOutcome, SqlRunner } from "./sql-runner.ts";

export const APP_VERSION = "0.1.0";

export interface EngineOptions {
  workspaceDir: string;
  /** Defaults to workspace.duckdb inside the workspace; ":memory:" for throwaway engines. */
  databasePath?: string;
  limits?: DatabaseLimits;
  /** Load the bundled datasets at start (default true). */
  bundledData?: boolean;
}

/** The engine: one DuckDB database per workspace and the operations the protocol exposes. */
export class Engine {
  private constructor(
    readonly instance: DuckDBInstance,
    readonly sql: SqlRunner,
    private readonly opts: Required<EngineOptions>,
  ) {}

  static async open(options: EngineOptions): Promise<Engine> {
    const opts: Required<EngineOptions> = {
      databasePath: path.join(options.workspaceDir, "workspace.duckdb"),
      limits: limitsFromMachine(),
      bundledData: true,
      ...options,
    };
    const instance = await openDatabase(opts.databasePath, opts.limits);
    const conn = await instance.connect();
    try {
      await conn.run(`ATTACH ':memory:' AS ${RESULTS_DB}`);
      await bootstrapWorkspace(conn, { workspaceDir: opts.workspaceDir, bundledData: opts.bundledData });
    } finally {
      conn.closeSync();
    }
    return new Engine(instance, new SqlRunner(instance), opts);
  }

  /** Runs `fn` on a connection of its own, closed afterwards. */
  async withConnection<T>(fn: (conn: DuckDBConnection) => Promise<T>): Promise<T> {
    const conn = await connectResolvingCells(this.instance);
    try {
      return await fn(conn);
    } finally {
      conn.closeSync();
    }
  }

  get workspaceDir(): string {
    return this.opts.workspaceDir;
  }

  async info(): Promise<ResultOf<"engine.info">> {
    const duckdbVersion = await this.withConnection(async (c) =>
      String((await c.runAndReadAll("SELECT version()")).getRows()[0]?.[0]),
    );
    return {
      appVersion: APP_VERSION,
      duckdbVersion,
      threads: this.opts.limits.threads,
      memoryLimit: this.opts.limits.memoryLimit,
      workspaceDir: this.opts.workspaceDir,
      databasePath: this.opts.databasePath,
    };
  }

  listCatalog(): Promise<ResultOf<"catalog.list">> {
    return this.withConnection(async (c) => ({ tables: await listCatalog(c) }));
  }

  runSql(sql: string, opts?: RunOptions): Promise<RunOutcome> {
    return this.sql.run(sql, opts);
  }

  close(): void {
    this.instance.closeSync();
  }
}
