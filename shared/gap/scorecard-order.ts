import type { ScorecardRowWire } from "../protocol/methods-gap.ts";
import type { AssessmentFlag } from "./gap-types.ts";

/** A line of the scorecard table: one unit's row, or one line for units that share the same answer. */
export interface ScorecardLine {
  readonly key: string;
  /** The row shown (the first of the units when several share the line). */
  readonly row: ScorecardRowWire;
  readonly unitIds: readonly string[];
  readonly unitNames: readonly string[];
  readonly flags: readonly AssessmentFlag[];
}

const unitRankIn = (unitOrder: readonly string[]) => (id: string) => {
  const i = unitOrder.indexOf(id);
  return i < 0 ? unitOrder.length : i;
};

/**
 * Scorecard rows grouped by target (each target's units in the cell's unit order). Targets that
 * could be assessed for some unit come first, so the answers are on top; the not-assessable
 * ones follow, still listed, each with its reason.
 */
export function orderScorecardRows(
  rows: readonly ScorecardRowWire[],
  unitOrder: readonly string[],
): ScorecardRowWire[] {
  const assessed = new Set(rows.filter((r) => r.status !== "not_assessable").map((r) => r.targetId));
  const unitRank = unitRankIn(unitOrder);
  return [...rows].sort(
    (a, b) =>
      Number(assessed.has(b.targetId)) - Number(assessed.has(a.targetId)) ||
      a.targetId.localeCompare(b.targetId, "en", { numeric: true }) ||
      unitRank(a.unitId) - unitRank(b.unitId),
  );
}

/**
 * Table lines for ordered rows. A target without an indicator gives the same answer for every
 * unit (not assessable, no series), so its units share one line; every other row keeps its own.
 */
export function scorecardLines(ordered: readonly ScorecardRowWire[]): ScorecardLine[] {
  const lines: ScorecardLine[] = [];
  for (const r of ordered) {
    const single = {
      key: `${r.targetId}|${r.unitId}`,
      row: r,
      unitIds: [r.unitId],
      unitNames: [r.unitName ?? r.unitId],
      flags: r.flags,
    };
    const last = lines[lines.length - 1];
    const shared = r.status === "not_assessable" && r.indicatorId === null;
    if (shared && last && last.row.targetId === r.targetId && last.row.indicatorId === null) {
      lines[lines.length - 1] = {
        ...last,
        unitIds: [...last.unitIds, r.unitId],
        unitNames: [...last.unitNames, r.unitName ?? r.unitId],
        flags: [...new Set([...last.flags, ...r.flags])],
      };
    } else lines.push(single);
  }
  return lines;
}

export interface StatusCount {
  readonly status: ScorecardRowWire["status"];
  readonly count: number;
}

/** How many rows have each status, in the order statuses first appear. */
export function countStatuses(rows: readonly ScorecardRowWire[]): StatusCount[] {
  const counts = new Map<ScorecardRowWire["status"], number>();
  for (const r of rows) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  return [...counts].map(([status, count]) => ({ status, count }));
}

/** Why rows are not assessable, each row counted once: no indicator; else an incomplete target; else other. */
export function notAssessableReasons(rows: readonly ScorecardRowWire[]) {
  const na = rows.filter((r) => r.status === "not_assessable");
  const noIndicator = na.filter((r) => r.flags.includes("no_indicator"));
  const incomplete = na.filter(
    (r) => !r.flags.includes("no_indicator") && r.flags.includes("target_incomplete"),
  );
  return {
    total: na.length,
    noIndicator: noIndicator.length,
    targetIncomplete: incomplete.length,
    other: na.length - noIndicator.length - incomplete.length,
  };
}

/** Issues a flag already says (an empty indicator_id is "no indicator"; an empty target value or year is "target incomplete"). */
export function issuesBeyondFlags(row: ScorecardRowWire): ScorecardRowWire["issues"] {
  return row.issues.filter(
    (i) =>
      !(i.table === "targets" && i.column === "indicator_id" && row.flags.includes("no_indicator")) &&
      !(
        i.table === "targets" &&
        (i.column === "target_value" || i.column === "target_year") &&
        row.flags.includes("target_incomplete")
      ),
  );
}
