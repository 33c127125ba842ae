import type { ScorecardRowWire } from "../protocol/methods-gap.ts";
import type { GapCellData } from "./gap-cell-data.ts";
import type { ScenarioTarget } from "./scenario-model.ts";

export interface ScenarioTargetRow extends ScenarioTarget {
  readonly row: ScorecardRowWire;
}

/**
 * The unit's targets a scenario can project: linked to an indicator with observations, with a
 * target value, year and direction.
 */
export function scenarioTargets(output: GapCellData, unitId: string): ScenarioTargetRow[] {
  return output.scorecard.rows.flatMap((row) => {
    const { indicatorId, targetValue, targetYear, direction } = row;
    if (row.unitId !== unitId || indicatorId === null || targetValue === null || targetYear === null)
      return [];
    if (direction === null) return [];
    const series = output.series[indicatorId];
    const points = (series?.points ?? []).filter((p) => p.unitId === unitId);
    if (points.length === 0) return [];
    return [
      {
        row,
        targetId: row.targetId,
        indicatorId,
        target: { value: targetValue, year: targetYear, direction },
        series: points.map((p) => ({ year: p.year, value: p.value })),
        valueMin: series?.indicator.valueMin ?? null,
        valueMax: series?.indicator.valueMax ?? null,
      },
    ];
  });
}
