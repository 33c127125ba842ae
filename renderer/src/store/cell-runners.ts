import type { Cell, InputValue } from "../../../shared/notebook/notebook-schema.ts";
import type { EngineClient } from "../../../shared/protocol/engine-client.ts";
import type { CellRuntime } from "./cell-types.ts";

export interface RunContext {
  client: EngineClient;
  /** Every input cell's value by name, bound as `$name`. */
  params: Record<string, InputValue>;
  signal: AbortSignal;
}

/** What running a cell of one kind does; chart and gap cells register theirs. */
export type CellRunner = (cell: Cell, ctx: RunContext) => Promise<Omit<CellRuntime, "status">>;

const runners = new Map<Cell["kind"], CellRunner>();

export function registerCellRunner(kind: Cell["kind"], runner: CellRunner): void {
  runners.set(kind, runner);
}

export function cellRunner(kind: Cell["kind"]): CellRunner | undefined {
  return runners.get(kind);
}

registerCellRunner("sql", async (cell, ctx) => {
  const r = await ctx.client.call(
    "notebook.runCell",
    { name: cell.name, sql: cell.source, params: ctx.params, windowSize: 200 },
    { signal: ctx.signal },
  );
  return {
    result: {
      resultId: r.resultId,
      columns: r.columns,
      rowCount: r.rowCount,
      elapsedMs: r.elapsedMs,
      statementType: r.statementType,
      firstWindow: r.window.arrow,
    },
    error: null,
  };
});
