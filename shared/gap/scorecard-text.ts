import type { ScorecardRowWire } from "../protocol/methods-gap.ts";
import { fillString } from "../report/report-strings.ts";
import { formatGrowth, formatShare, NO_VALUE } from "./format-gap-values.ts";
import type { GapText } from "./gap-strings-en.ts";
import { ESCAP_CURRENT_STATUS_DOCS } from "./method-docs.ts";

/**
 * The scorecard's worded cells, written the same in the app's table and in exported reports.
 */

/** When the target is reached at this trend; null when there is nothing to say (met, or not assessed). */
export function projectedText(row: ScorecardRowWire, text: GapText): string | null {
  if (row.status === "target_met") return null;
  if (row.projectedYear !== null) return fillString(text("gap.table.projected"), { year: row.projectedYear });
  const assessed = row.status !== "not_assessable" && row.status !== "insufficient_data";
  return assessed ? text("gap.table.never") : null;
}

/** Progress needs a period: with the baseline in the latest year there is none to measure. */
export function progressText(row: ScorecardRowWire): string {
  if (row.baselineYear !== null && row.baselineYear === row.latestYear) return NO_VALUE;
  return formatShare(row.progress);
}

/** Observed growth a year, and the growth needed ("+8.1 %/yr needed"); null when neither is known. */
export function growthTexts(
  row: ScorecardRowWire,
  text: GapText,
): { observed: string; required: string } | null {
  if (row.observedGrowth === null && row.requiredGrowth === null) return null;
  return {
    observed: formatGrowth(row.observedGrowth, row.growthKind),
    required: fillString(text("gap.table.needed"), {
      growth: formatGrowth(row.requiredGrowth, row.growthKind),
    }),
  };
}

const oneDecimal = new Intl.NumberFormat("en", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat("en", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * ESCAP's two indices, written under the status so a reader can check it against its numbers:
 * "Current Status Index 2.0 / 10 · Behind", "Anticipated Progress Index 0.70". Empty for other methods.
 */
export function escapIndexTexts(row: ScorecardRowWire, text: GapText): string[] {
  if (row.method !== "escap") return [];
  const { currentStatus, anticipatedProgress } = row.details;
  const lines: string[] = [];
  if (currentStatus !== null) {
    lines.push(
      fillString(text("gap.escap.currentStatus"), {
        index: oneDecimal.format(currentStatus.index),
        category: ESCAP_CURRENT_STATUS_DOCS[currentStatus.category].label,
      }),
    );
  }
  if (anticipatedProgress !== null) {
    lines.push(fillString(text("gap.escap.anticipated"), { index: twoDecimals.format(anticipatedProgress) }));
  }
  return lines;
}
