import { randomUUID } from "node:crypto";
import type { DuckDBConnection } from "@duckdb/node-api";
import { isInterruptError } from "./duckdb-import-error.ts";
import { cancelledError, throwIfCancelled } from "./import-error.ts";
import type { ImportProgress } from "./import-types.ts";
import { explainLoadFailure } from "./load-failure-explain.ts";
import { type SourcePlan, selectSql } from "./source-plan.ts";
import { quoteIdent } from "./sql-quote.ts";
import { INTERNAL_TABLE_PREFIX, type TargetTable } from "./table-name.ts";

export interface LoadControl {
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** Runs inside the transaction that publishes the table (provenance goes in with it). */
  beforeCommit: (table: string) => Promise<void>;
}

/**
 * Never a half-made table: rows go into a private temp name first; only a complete load is
 * renamed to the target, in one transaction with its provenance. Errors and cancels drop it.
 */
export async function loadIntoTable(
  conn: DuckDBConnection,
  plan: SourcePlan,
  target: TargetTable,
  control: LoadControl,
): Promise<void> {
  const file = plan.failureContext.file;
  const working = `main.${quoteIdent(`${INTERNAL_TABLE_PREFIX}import_${randomUUID().replaceAll("-", "")}`)}`;
  try {
    control.onProgress?.({ phase: "loading" });
    throwIfCancelled(file, control.signal);
    await createWorkingTable(conn, plan, working, control.signal);
    control.onProgress?.({ phase: "finalizing" });
    throwIfCancelled(file, control.signal);
    await conn.run("BEGIN TRANSACTION");
    try {
      if (target.replaces) await conn.run(`DROP TABLE IF EXISTS main.${quoteIdent(target.name)}`);
      await conn.run(`ALTER TABLE ${working} RENAME TO ${quoteIdent(target.name)}`);
      await control.beforeCommit(target.name);
      await conn.run("COMMIT");
    } catch (error) {
      await conn.run("ROLLBACK");
      throw error;
    }
  } catch (error) {
    await conn.run(`DROP TABLE IF EXISTS ${working}`);
    throw error;
  }
}

async function createWorkingTable(
  conn: DuckDBConnection,
  plan: SourcePlan,
  working: string,
  signal: AbortSignal | undefined,
): Promise<void> {
  const file = plan.failureContext.file;
  // DuckDB stops a running statement on interrupt; the table is then dropped by the caller.
  const interrupt = (): void => conn.interrupt();
  signal?.addEventListener("abort", interrupt, { once: true });
  try {
    await conn.run(`CREATE TABLE ${working} AS ${selectSql(plan)}`);
  } catch (error) {
    if (signal?.aborted || isInterruptError(error)) throw cancelledError(file);
    throw await explainLoadFailure(conn, plan, error);
  } finally {
    signal?.removeEventListener("abort", interrupt);
  }
}
