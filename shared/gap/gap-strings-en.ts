import { GAP_LABEL_STRINGS_EN, type GapFlagKey, type GapStatusKey } from "./gap-label-strings-en.ts";

/**
 * The English texts of the gap analysis that both the app and the exported reports show: chart
 * titles and labels, scorecard headings, method names. renderer/src/i18n/strings-en.ts refers to
 * each of them under the same key, so the UI's string table stays complete and the text is written
 * once. `{name}` marks a value filled in by the caller.
 */
export const GAP_STRINGS_EN = {
  "gap.method.eurostat": "Eurostat",
  "gap.method.escap": "ESCAP",
  "gap.method.german": "German DNS (weather)",
  "gap.direction.higher": "higher is better",
  "gap.direction.lower": "lower is better",
  "gap.table.target": "Target",
  "gap.table.unit": "Unit",
  "gap.table.latest": "Latest",
  "gap.table.targetValue": "Target",
  "gap.table.gapProgress": "Gap · progress",
  "gap.table.growth": "Growth a year",
  "gap.table.projected": "reached in {year} at this trend",
  "gap.table.status": "Status ({method}), flags",
  "gap.table.noYearShort": "(no year)",
  "gap.table.needed": "{growth} needed",
  "gap.table.never": "not at this trend",
  "gap.escap.currentStatus": "Current Status Index {index} / 10 · {category}",
  "gap.escap.anticipated": "Anticipated Progress Index {index}",
  "gap.table.issue": "table {table}, {key}, column {column}: {message}",
  "gap.targets.userBadge": "user target",
  "gap.chart.noTrajectory": "{target}: no trajectory (no observation, or no target year).",
  "gap.chart.noChartableNote":
    "No target in this selection is linked to an indicator, so there is nothing to draw per unit; the heat map still shows every status.",
  "gap.chart.byMethod": "Status by the {method} method",
  "gap.chart.bulletTitle": "{target}: latest value per unit against the target",
  "gap.chart.bulletSubtitle": "Tick = target {value} ({year})",
  "gap.chart.heatmapTitle": "Status per unit and target",
  "gap.chart.heatmapGrey":
    "Grey: not assessed (no indicator, no target year or too few data); figures are the latest values",
  "gap.chart.statusTitle": "Status",
  "gap.chart.trajectoryTitle": "{target} in {unit}",
  "gap.chart.noData": "–",
  "gap.chart.observed": "Observed",
  "gap.chart.requiredPath": "Required path",
  "gap.chart.projection": "Method's projection",
  "gap.chart.target": "Target",
  "gap.chart.year": "Year",
  "gap.scenario.scenario": "Scenario",
  "gap.scenario.rate": "Growth",
  "gap.scenario.valueIn": "{year}",
  "gap.scenario.atTargetYear": "In the target year",
  "gap.scenario.yearMet": "Target met in",
  "gap.scenario.inTime": "in time",
  "gap.scenario.late": "late",
  "gap.scenario.never": "never at this rate",
  "gap.scenario.noTrend": "no observed trend",
  "gap.scenario.targetLine": "{value} by {year}, {direction}",
  "gap.scenario.capped":
    "Projected values stop at the indicator's valid range (a share cannot pass 100 %); the year a target is met is not affected.",
  "gap.action.ganttTitle": "Roadmap actions",
  "gap.action.ganttLagging": "⚠ lagging target {targets}",
  "gap.action.today": "Today {date}",
  "gap.action.status": "Status",
  "gap.action.status.planned": "Planned",
  "gap.action.status.in_progress": "In progress",
  "gap.action.status.done": "Done",
  "gap.action.status.delayed": "Delayed",
} as const;

export type GapStringKey = keyof typeof GAP_STRINGS_EN | GapStatusKey | GapFlagKey;

/**
 * How the shared gap code asks for a text: the renderer passes its `t` (so a translation applies),
 * the engine passes `gapStringEn`. The text comes back with its `{placeholders}` unfilled.
 */
export type GapText = (key: GapStringKey) => string;

const ALL_EN: { readonly [K in GapStringKey]: string } = { ...GAP_STRINGS_EN, ...GAP_LABEL_STRINGS_EN };

export const gapStringEn: GapText = (key) => ALL_EN[key];
