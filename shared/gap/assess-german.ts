import { directionSign } from "./direction.ts";
import { germanTrendRule } from "./german-trend-rule.ts";
import type { MethodInput, MethodOutcome } from "./method-outcome.ts";
import { projectedYearFrom } from "./projected-year.ts";

/**
 * German trend rule: growth is the average annual change over the rule's window against the
 * change per year still needed from the latest value to the target.
 */
export function assessGerman(input: MethodInput): MethodOutcome<"german"> {
  const { points, latest, target, direction } = input;
  const requiredGrowth =
    target.year > latest.year ? (target.value - latest.value) / (target.year - latest.year) : null;
  const rule = germanTrendRule(points, target, direction);
  if (rule === null) {
    return {
      status: "insufficient_data",
      growthKind: "annual_change",
      observedGrowth: null,
      requiredGrowth,
      projectedValue: null,
      projectedYear: null,
      pointsUsed: points.length,
      details: { deviation: null, windowStartYear: null },
      flags: [],
    };
  }
  const change = rule.averageAnnualChange;
  const movingRightWay = directionSign(direction) * change > 0;
  return {
    status: rule.weather,
    growthKind: "annual_change",
    observedGrowth: change,
    requiredGrowth,
    projectedValue: rule.projectedValue,
    projectedYear: movingRightWay
      ? projectedYearFrom(latest.year, Math.max(0, (target.value - latest.value) / change))
      : null,
    pointsUsed: rule.pointsUsed,
    details: { deviation: rule.deviation, windowStartYear: rule.windowStartYear },
    flags: [],
  };
}
