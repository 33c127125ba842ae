import fs from "node:fs";
import path from "node:path";
import type { MachineInfo } from "./bench-machine.ts";
import { goalMet, type Metric } from "./bench-metric.ts";

function formatValue(metric: Metric): string {
  if (metric.value === null) return "—";
  if (metric.unit === "ratio") return metric.value.toFixed(2);
  if (metric.unit === "rows/s") return `${(metric.value / 1e6).toFixed(1)} M`;
  return metric.value.toFixed(metric.value >= 100 ? 0 : 1);
}

function formatGoal(metric: Metric): string {
  if (!metric.goal) return "";
  const target = metric.unit === "ratio" ? metric.goal.target.toFixed(2) : metric.goal.target.toFixed(0);
  return `${metric.goal.op} ${target}`;
}

function formatStatus(metric: Metric): string {
  if (metric.value === null) return "not measured";
  const met = goalMet(metric);
  if (met === null) return "";
  if (met) return "met";
  const target = metric.goal!.target;
  const by = Math.abs(metric.value - target) / target;
  return `MISSED by ${(by * 100).toFixed(0)}%`;
}

/** The results as a plain-text table: metric, value, unit, goal, met or missed (and by how much). */
export function metricsTable(metrics: Metric[]): string {
  const rows = [
    ["metric", "value", "unit", "goal", "status"],
    ...metrics.map((m) => [m.name, formatValue(m), m.unit, formatGoal(m), formatStatus(m)]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) =>
    r
      .map((cell, c) => (c === 1 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join("  ")
      .trimEnd();
  const notes = metrics
    .filter((m) => m.note && (m.value === null || goalMet(m) === false))
    .map((m) => `  ${m.name}: ${m.note}`);
  return [line(rows[0]!), ...rows.slice(1).map(line), ...(notes.length ? ["", "notes:", ...notes] : [])].join(
    "\n",
  );
}

/** Writes {"machine": ..., "metrics": {name: {value, unit, goal?, note?}}}. */
export function writeResults(file: string, machine: MachineInfo, metrics: Metric[]): void {
  const out = {
    machine,
    measuredAt: new Date().toISOString(),
    metrics: Object.fromEntries(
      metrics.map((m) => [
        m.name,
        {
          value: m.value === null ? null : Number(m.value.toPrecision(6)),
          unit: m.unit,
          ...(m.goal
            ? { goal: `${m.goal.op} ${Number(m.goal.target.toPrecision(6))}`, met: goalMet(m) }
            : {}),
          ...(m.note ? { note: m.note } : {}),
        },
      ]),
    ),
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
}
