import type { TopLevelSpec } from "vega-lite";
import { OKABE_ITO } from "../charts/themes.ts";
import { ACTION_STATUSES, type ActionStatus } from "../protocol/methods-gap.ts";

export interface GanttAction {
  readonly actionId: string;
  readonly title: string;
  /** YYYY-MM-DD. */
  readonly start: string;
  readonly end: string;
  readonly status: ActionStatus;
  /** Linked targets that are assessed and not on track; empty when none. */
  readonly laggingTargets: readonly string[];
}

export interface GanttInput {
  readonly actions: readonly GanttAction[];
  /** Today as YYYY-MM-DD, passed in so that the spec (and its SVG) depends on its inputs only. */
  readonly today: string;
  readonly title: string;
  readonly labels: {
    readonly today: string;
    readonly status: string;
    readonly statuses: Readonly<Record<ActionStatus, string>>;
    /** "{targets}" is replaced by the lagging target ids. */
    readonly lagging: string;
  };
}

const STATUS_COLOR: Record<ActionStatus, string> = {
  planned: OKABE_ITO.skyBlue,
  in_progress: OKABE_ITO.blue,
  done: OKABE_ITO.bluishGreen,
  delayed: OKABE_ITO.orange,
};

/** Milliseconds since 1970 (UTC) of a YYYY-MM-DD date: Vega reads numbers on a time scale as such. */
export function utcMillis(isoDate: string): number {
  const [y, m, d] = isoDate.split("-").map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/**
 * Gantt chart of roadmap actions: one bar per action from start to end (end day included),
 * coloured by status, a thick vermillion outline and a written note on actions linked to a
 * lagging target, and a rule at today.
 */
export function ganttSpec(input: GanttInput): TopLevelSpec {
  const DAY = 86_400_000;
  const rows = input.actions.map((a) => ({
    task: `${a.actionId} · ${a.title}`,
    start: utcMillis(a.start),
    end: utcMillis(a.end) + DAY,
    status: input.labels.statuses[a.status],
    lagging: a.laggingTargets.length > 0,
    note:
      a.laggingTargets.length > 0
        ? input.labels.lagging.replace("{targets}", a.laggingTargets.join(", "))
        : "",
  }));
  const order = rows.map((r) => r.task);
  // The time axis spans the actions and today, with room on the right for the lagging notes.
  const todayMs = utcMillis(input.today);
  const lo = Math.min(todayMs, ...rows.map((r) => r.start)) - 15 * DAY;
  const last = Math.max(todayMs, ...rows.map((r) => r.end));
  const hi = last + (rows.some((r) => r.lagging) ? 0.35 * (last - lo) : 15 * DAY);
  // The layers share one x scale, declared once, on the bars. Its extent comes from an invisible
  // layer at lo and hi: an explicit time domain next to x2 makes Vega-Lite warn on every draw.
  const x = {
    field: "start",
    type: "temporal" as const,
    title: null,
    scale: { type: "utc" as const },
    axis: { format: "%b %Y", labelAngle: 0, grid: true },
  };
  const xOf = (field: string) => ({ field, type: "temporal" as const, title: null });
  const today = [{ today: todayMs, label: input.labels.today }];
  const y = { field: "task", type: "nominal" as const, sort: order, title: null, axis: { labelLimit: 320 } };
  return {
    title: { text: input.title, offset: 18 },
    width: 620,
    height: { step: 30 },
    layer: [
      {
        data: { values: [{ at: lo }, { at: hi }] },
        mark: { type: "point", opacity: 0 },
        encoding: { x: xOf("at") },
      },
      {
        data: { values: rows },
        mark: { type: "bar", cornerRadius: 3, height: { band: 0.6 } },
        encoding: {
          x,
          x2: { field: "end" },
          y,
          color: {
            field: "status",
            type: "nominal",
            title: input.labels.status,
            scale: {
              domain: ACTION_STATUSES.map((s) => input.labels.statuses[s]),
              range: ACTION_STATUSES.map((s) => STATUS_COLOR[s]),
            },
          },
          stroke: { condition: { test: "datum.lagging", value: OKABE_ITO.vermillion }, value: null },
          strokeWidth: { condition: { test: "datum.lagging", value: 3 }, value: 0 },
        },
      },
      {
        data: { values: rows.filter((r) => r.lagging) },
        mark: { type: "text", align: "left", dx: 6, fontWeight: "bold", color: "#A63D00" },
        encoding: { x: xOf("end"), y, text: { field: "note", type: "nominal" } },
      },
      {
        data: { values: today },
        mark: { type: "rule", strokeDash: [6, 3], strokeWidth: 2, color: OKABE_ITO.reddishPurple },
        encoding: { x: xOf("today") },
      },
      {
        // Above the plot, so that no bar covers it.
        data: { values: today },
        mark: {
          type: "text",
          align: "center",
          baseline: "bottom",
          y: -3,
          color: OKABE_ITO.reddishPurple,
          fontWeight: "bold",
        },
        encoding: { x: xOf("today"), text: { field: "label", type: "nominal" } },
      },
    ],
  };
}
