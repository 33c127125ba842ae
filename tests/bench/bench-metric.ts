/** What a measurement group reports, and the goal each figure is judged against. */

export type MetricUnit = "ms" | "ratio" | "MB" | "MB/s" | "rows/s";

export interface Goal {
  op: "<=" | ">=";
  target: number;
}

export interface Metric {
  name: string;
  /** null when the figure could not be measured; `note` then says why. */
  value: number | null;
  unit: MetricUnit;
  goal?: Goal;
  /** What the figure is, or why it is missing. */
  note?: string;
}

export function goalMet(metric: Metric): boolean | null {
  if (metric.goal === undefined || metric.value === null) return null;
  return metric.goal.op === "<=" ? metric.value <= metric.goal.target : metric.value >= metric.goal.target;
}
