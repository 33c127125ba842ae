import { escapAnticipatedProgress } from "./escap-anticipated-progress.ts";
import { escapCurrentStatus } from "./escap-current-status.ts";
import type { MethodInput, MethodOutcome } from "./method-outcome.ts";
import { projectedYearFrom } from "./projected-year.ts";

/**
 * ESCAP: the status comes from the Anticipated Progress Index (time-weighted trend to the target
 * year); the Current Status Index (progress since the baseline) rides along in the details.
 * Growth is in the indicator's unit per year: the weighted trend's slope against the straight-line
 * change per year that the target asks for from the baseline.
 */
export function assessEscap(input: MethodInput): MethodOutcome<"escap"> {
  const { points, baseline, latest, target, direction } = input;
  const currentStatus =
    latest.year > baseline.year ? escapCurrentStatus(baseline, latest, target, direction) : null;
  const requiredGrowth =
    target.year === baseline.year ? null : (target.value - baseline.value) / (target.year - baseline.year);
  const anticipated = escapAnticipatedProgress(points, baseline, target, direction);
  if (anticipated === null) {
    return {
      status: "insufficient_data",
      growthKind: "annual_change",
      observedGrowth: null,
      requiredGrowth,
      projectedValue: null,
      projectedYear: null,
      pointsUsed: points.length,
      details: { currentStatus, anticipatedProgress: null, anticipatedGap: null },
      flags: [],
    };
  }
  const { crossingYear, anticipatedProgress } = anticipated;
  return {
    status: anticipated.category,
    growthKind: "annual_change",
    observedGrowth: anticipated.fit.slope,
    requiredGrowth,
    projectedValue: anticipated.predictedValue,
    projectedYear:
      crossingYear === null ? null : projectedYearFrom(latest.year, Math.max(0, crossingYear - latest.year)),
    pointsUsed: points.length,
    details: {
      currentStatus,
      anticipatedProgress,
      anticipatedGap: anticipatedProgress === null ? null : 1 - anticipatedProgress,
    },
    flags: [],
  };
}
