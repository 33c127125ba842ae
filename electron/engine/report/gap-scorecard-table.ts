import { formatSigned, formatValue, NO_VALUE } from "../../../shared/gap/format-gap-values.ts";
import type { GapCellData } from "../../../shared/gap/gap-cell-data.ts";
import type { GapText } from "../../../shared/gap/gap-strings-en.ts";
import type { GapStatus } from "../../../shared/gap/gap-types.ts";
import { issuesBeyondFlags, orderScorecardRows } from "../../../shared/gap/scorecard-order.ts";
import {
  escapIndexTexts,
  growthTexts,
  progressText,
  projectedText,
} from "../../../shared/gap/scorecard-text.ts";
import { statusLabel } from "../../../shared/gap/status-tones.ts";
import type { ScorecardRowWire } from "../../../shared/protocol/methods-gap.ts";
import { fillString } from "../../../shared/report/report-strings.ts";

export interface ScorecardTable {
  columns: string[];
  /** One row per target and unit, in the app's order, formatted as the app writes the figures. */
  rows: string[][];
  /** The scorecard rows behind `rows`, in the same order. */
  shown: ScorecardRowWire[];
}

/** "61.5 (2023)"; a figure without a year carries `noYear` (a target says so; a latest value needs not). */
function figureWithYear(value: number | null, year: number | null, noYear?: string): string {
  if (value === null) return NO_VALUE;
  const when = year === null ? noYear : `(${year})`;
  return when ? `${formatValue(value)} ${when}` : formatValue(value);
}

/** "Moderate progress, reached in 2027 at this trend (flag; flag; issue)". */
function statusText(row: ScorecardRowWire, text: GapText): string {
  const status = statusLabel(row.method, row.status as GapStatus, text);
  const projected = projectedText(row, text);
  // The flags and issues the app lists under the status badge; a flag that repeats it is left out.
  const notes = [
    ...escapIndexTexts(row, text),
    ...row.flags.map((f) => text(`gap.flag.${f}`)).filter((label) => label !== status),
    ...issuesBeyondFlags(row).map((i) => fillString(text("gap.table.issue"), { ...i })),
  ];
  const head = projected === null ? status : `${status}, ${projected}`;
  return notes.length === 0 ? head : `${head} (${notes.join("; ")})`;
}

/**
 * The scorecard of a gap cell as a report table, with the app's columns: the method named in
 * the status heading, user targets marked as the app marks them, and each target's indicator
 * named on its first row (the app's table spans it over the target's units).
 */
export function scorecardTable(
  data: GapCellData,
  unitOrder: readonly string[],
  text: GapText,
): ScorecardTable {
  const shown = orderScorecardRows(data.scorecard.rows, unitOrder);
  const columns = [
    text("gap.table.target"),
    text("gap.table.unit"),
    text("gap.table.latest"),
    text("gap.table.targetValue"),
    text("gap.table.gapProgress"),
    text("gap.table.growth"),
    fillString(text("gap.table.status"), { method: text(`gap.method.${data.scorecard.method}`) }),
  ];
  const rows = shown.map((r, i) => {
    const id = r.isUserTarget ? `${r.targetId} (${text("gap.targets.userBadge")})` : r.targetId;
    const first = shown[i - 1]?.targetId !== r.targetId;
    const growth = growthTexts(r, text);
    const gap = formatSigned(r.gap);
    const progress = progressText(r);
    return [
      first && r.indicatorName !== null ? `${id} · ${r.indicatorName}` : id,
      r.unitName ?? r.unitId,
      figureWithYear(r.latestValue, r.latestYear),
      figureWithYear(r.targetValue, r.targetYear, text("gap.table.noYearShort")),
      gap === NO_VALUE && progress === NO_VALUE ? NO_VALUE : `${gap} · ${progress}`,
      growth === null ? NO_VALUE : `${growth.observed}; ${growth.required}`,
      statusText(r, text),
    ];
  });
  return { columns, rows, shown };
}
