import type { ScorecardIssue } from "../../../shared/gap/scorecard-row.ts";
import type { TargetRecord } from "./scorecard-data.ts";

/** Gaps in the tables that affect one scorecard row, each with its table, key and column. */
export function tableIssues(t: TargetRecord, unitId: string, unitKnown: boolean): ScorecardIssue[] {
  const issues: ScorecardIssue[] = [];
  if (!unitKnown)
    issues.push({ table: "units", key: unitId, column: "unit_id", message: "not found in table units" });
  if (t.indicatorId === null) {
    issues.push({
      table: "targets",
      key: t.targetId,
      column: "indicator_id",
      message: "empty; no indicator series to compare the target with",
    });
  } else if (!t.indicatorFound) {
    issues.push({
      table: "indicators",
      key: t.indicatorId,
      column: "indicator_id",
      message: "not found in table indicators",
    });
  }
  if (t.unitScope === null) {
    issues.push({
      table: "targets",
      key: t.targetId,
      column: "unit_scope",
      message: "empty; treated as national",
    });
  }
  if (t.targetValue === null) {
    issues.push({
      table: "targets",
      key: t.targetId,
      column: "target_value",
      message: "empty; the target cannot be assessed",
    });
  }
  if (t.targetYear === null) {
    issues.push({
      table: "targets",
      key: t.targetId,
      column: "target_year",
      message: "empty; the target cannot be assessed",
    });
  }
  return issues;
}
