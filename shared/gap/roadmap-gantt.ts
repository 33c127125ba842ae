import type { TopLevelSpec } from "vega-lite";
import {
  ACTION_STATUSES,
  type ActionStatus,
  type RoadmapAction,
  type ScorecardRowWire,
} from "../protocol/methods-gap.ts";
import { fillString } from "../report/report-strings.ts";
import { ganttSpec } from "./gantt-spec.ts";
import type { GapText } from "./gap-strings-en.ts";
import type { GapStatus, MethodId } from "./gap-types.ts";
import { isLagging, statusLabel } from "./status-tones.ts";

/** Targets not on track for some unit in the scorecard, with the status that says so. */
export function laggingTargets(
  rows: readonly ScorecardRowWire[],
  method: MethodId,
  text: GapText,
): Map<string, string> {
  const lagging = new Map<string, string>();
  for (const r of rows) {
    if (isLagging(method, r.status as GapStatus) && !lagging.has(r.targetId)) {
      lagging.set(
        r.targetId,
        `${statusLabel(method, r.status as GapStatus, text)} (${r.unitName ?? r.unitId})`,
      );
    }
  }
  return lagging;
}

export function actionStatusLabels(text: GapText): Record<ActionStatus, string> {
  return Object.fromEntries(ACTION_STATUSES.map((s) => [s, text(`gap.action.status.${s}`)])) as Record<
    ActionStatus,
    string
  >;
}

/**
 * The roadmap's Gantt chart as the gap cell draws it: actions linked to a lagging target stand
 * out. `today` (YYYY-MM-DD) is passed in, so the spec depends on its inputs only.
 */
export function roadmapGanttSpec(
  actions: readonly RoadmapAction[],
  lagging: ReadonlyMap<string, string>,
  today: string,
  text: GapText,
): TopLevelSpec {
  return ganttSpec({
    title: text("gap.action.ganttTitle"),
    today,
    actions: actions.map((a) => ({
      actionId: a.actionId,
      title: a.title,
      start: a.start,
      end: a.end,
      status: a.status,
      laggingTargets: a.targetIds.filter((id) => lagging.has(id)),
    })),
    labels: {
      today: fillString(text("gap.action.today"), { date: today }),
      status: text("gap.action.status"),
      statuses: actionStatusLabels(text),
      lagging: text("gap.action.ganttLagging"),
    },
  });
}
