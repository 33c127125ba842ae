import type { Cell } from "../../../shared/notebook/notebook-schema.ts";
import type { ResultOf } from "../../../shared/protocol/methods.ts";
import type { CellRunner } from "../store/cell-runners.ts";
import { type GapCellConfig, parseGapConfig, scorecardRequest } from "./gap-config.ts";

/** What a gap cell's run leaves in runtime.output. */
export interface GapCellOutput {
  readonly kind: "gap";
  /** The config the scorecard was computed with. */
  readonly config: GapCellConfig;
  readonly scorecard: ResultOf<"gap.scorecard">;
  /** Headline series of every indicator in the scorecard, for the cell's units, by indicator id. */
  readonly series: Readonly<Record<string, ResultOf<"gap.series">>>;
}

export function isGapOutput(output: unknown): output is GapCellOutput {
  return typeof output === "object" && output !== null && (output as { kind?: unknown }).kind === "gap";
}

/** Scores the cell's targets and fetches the series its charts and scenarios draw. */
export const runGapCell: CellRunner = async (cell: Cell, ctx) => {
  if (cell.kind !== "gap") throw new Error(`Cell ${cell.name} is not a gap analysis cell.`);
  const parsed = parseGapConfig(cell.options.config, cell.name);
  if (!parsed.ok) throw new Error(parsed.message);
  const { config } = parsed;
  const scorecard = await ctx.client.call("gap.scorecard", scorecardRequest(config), { signal: ctx.signal });
  const indicatorIds = [
    ...new Set(scorecard.rows.flatMap((r) => (r.indicatorId === null ? [] : [r.indicatorId]))),
  ];
  const series = await Promise.all(
    indicatorIds.map((indicatorId) =>
      ctx.client.call(
        "gap.series",
        {
          indicatorId,
          unitIds: config.unitIds,
          ...(config.asOfYear === undefined ? {} : { asOfYear: config.asOfYear }),
        },
        { signal: ctx.signal },
      ),
    ),
  );
  const output: GapCellOutput = {
    kind: "gap",
    config,
    scorecard,
    series: Object.fromEntries(series.map((s) => [s.indicator.indicatorId, s])),
  };
  return { result: null, error: null, output };
};
