import path from "node:path";
import type { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import type { ResultOf } from "../../shared/protocol/methods.ts";
import { listCatalog } from "./catalog.ts";
import { type EnsureCensusResult, ensureCensus } from "./datasets/census/ensure-census.ts";
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
  /**
   * Generate the synthetic census extract (scale 1) in the background after start, if it is
   * not cached yet (default: same as bundledData).
   */
  census?: boolean;
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
      census: options.bundledData ?? true,
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
    const engine = new Engine(instance, new SqlRunner(instance), opts);
    if (opts.census && opts.bundledData) engine.censusReady = engine.ensureCensus(1).catch(() => undefined);
    return engine;
  }

  /** Settles when the background census generation is done (or failed, with the reason logged). */
  censusReady: Promise<unknown> = Promise.resolve();

  /** The synthetic census extract at a scale, cached as Parquet in the workspace. */
  ensureCensus(scale: number): Promise<EnsureCensusResult> {
    return this.withConnection((c) =>
      ensureCensus(c, { cacheDir: path.join(this.opts.workspaceDir, "census"), scale }),
    ).catch((e: unknown) => {
      console.error(`Synthetic census extract not generated: ${e instanceof Error ? e.message : String(e)}`);
      throw e;
    });
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
    this.sql.close();
    this.instance.closeSync();
  }

  /** Lets background work (census generation) finish before the database closes. */
  async shutdown(): Promise<void> {
    await this.censusReady;
    this.close();
  }
}
