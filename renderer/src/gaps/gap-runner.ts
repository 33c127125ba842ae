import { type GapCellConfig, parseGapConfig } from "../../../shared/gap/gap-cell-config.ts";
import { type GapCellData, loadGapCellData } from "../../../shared/gap/gap-cell-data.ts";
import type { Cell } from "../../../shared/notebook/notebook-schema.ts";
import type { CellRunner, RunContext } from "../store/cell-runners.ts";

/** What a gap cell's run leaves in runtime.output. */
export interface GapCellOutput extends GapCellData {
  readonly kind: "gap";
  /** The config the scorecard was computed with. */
  readonly config: GapCellConfig;
}

export function isGapOutput(output: unknown): output is GapCellOutput {
  return typeof output === "object" && output !== null && (output as { kind?: unknown }).kind === "gap";
}

/** Scores a gap cell's targets and fetches the series its charts and scenarios draw. */
export async function gapCellOutput(
  cell: Cell,
  ctx: Pick<RunContext, "client" | "signal">,
): Promise<GapCellOutput> {
  if (cell.kind !== "gap") throw new Error(`Cell ${cell.name} is not a gap analysis cell.`);
  const parsed = parseGapConfig(cell.options.config, cell.name);
  if (!parsed.ok) throw new Error(parsed.message);
  const { config } = parsed;
  const data = await loadGapCellData(
    (method, params) => ctx.client.call(method, params, { signal: ctx.signal }),
    config,
  );
  return { kind: "gap", config, ...data };
}

export const runGapCell: CellRunner = async (cell, ctx) => ({
  result: null,
  error: null,
  output: await gapCellOutput(cell, ctx),
});
