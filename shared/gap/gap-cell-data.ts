import type { ParamsOf, ResultOf } from "../protocol/methods.ts";
import { type GapCellConfig, scorecardRequest } from "./gap-cell-config.ts";

/** What a gap cell shows: the scorecard, and the headline series its charts and scenarios draw. */
export interface GapCellData {
  readonly scorecard: ResultOf<"gap.scorecard">;
  /** Headline series of every indicator in the scorecard, for the cell's units, by indicator id. */
  readonly series: Readonly<Record<string, ResultOf<"gap.series">>>;
}

type GapDataMethod = "gap.scorecard" | "gap.series";

/**
 * One engine call: the renderer goes through its EngineClient, the report builder straight to
 * the handlers, so that both get their data from the same engine code.
 */
export type GapCall = <M extends GapDataMethod>(method: M, params: ParamsOf<M>) => Promise<ResultOf<M>>;

/** Scores the cell's targets, then fetches the series of every indicator the scorecard names. */
export async function loadGapCellData(call: GapCall, config: GapCellConfig): Promise<GapCellData> {
  const scorecard = await call("gap.scorecard", scorecardRequest(config));
  const indicatorIds = [
    ...new Set(scorecard.rows.flatMap((r) => (r.indicatorId === null ? [] : [r.indicatorId]))),
  ];
  const series = await Promise.all(
    indicatorIds.map((indicatorId) =>
      call("gap.series", {
        indicatorId,
        unitIds: config.unitIds,
        ...(config.asOfYear === undefined ? {} : { asOfYear: config.asOfYear }),
      }),
    ),
  );
  return { scorecard, series: Object.fromEntries(series.map((s) => [s.indicator.indicatorId, s])) };
}
