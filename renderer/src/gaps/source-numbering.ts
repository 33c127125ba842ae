import type { ScorecardRowWire } from "../../../shared/protocol/methods-gap.ts";

/**
 * Footnote numbers for the sources a scorecard cites, in the order a reader meets them: row by
 * row, latest value, baseline, target, then the rest of the row's sources.
 */
export function numberSources(rows: readonly ScorecardRowWire[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const r of rows) {
    const f = r.figureSources;
    for (const id of [...f.latest, ...f.baseline, ...f.target, ...r.sourceIds]) {
      if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
    }
  }
  return numbers;
}
