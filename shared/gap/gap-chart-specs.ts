import type { TopLevelSpec } from "vega-lite";
import type { ChartThemeName } from "../charts/chart-spec.ts";
import { bulletChart } from "../charts/presets/bullet-chart.ts";
import { indicatorHeatmap } from "../charts/presets/indicator-heatmap.ts";
import { trajectoryChart, type YearValue } from "../charts/presets/trajectory-chart.ts";
import type { ObservationPoint, ScorecardRowWire } from "../protocol/methods-gap.ts";
import { fillString } from "../report/report-strings.ts";
import type { GapCellData } from "./gap-cell-data.ts";
import type { GapText } from "./gap-strings-en.ts";
import type { MethodId } from "./gap-types.ts";
import { onePerYear } from "./series-prepare.ts";
import { assessedStatusEntries } from "./status-tones.ts";

/**
 * The gap cell's charts as Vega-Lite specs, built the same way for the cell, the slides and the
 * exported reports. Every word comes from `text` (the renderer's `t`, or the engine's English
 * table), so the specs hold no wording of their own.
 */

/** Look and size of the charts; the cell and reports use the defaults, slides the projector theme. */
export interface GapChartLook {
  theme?: ChartThemeName;
  /** Width of the bullet and trajectory charts in px; default 460. */
  width?: number;
  /** Height of the trajectory chart in px; default 260. */
  height?: number;
  /**
   * The heat map's subtitle (method, what grey means); default true. A slide says these around
   * the chart instead: on one line they would make the chart too wide to show large.
   */
  heatmapSubtitle?: boolean;
}

const unitLabel = (r: ScorecardRowWire) => r.unitName ?? r.unitId;

/** Text cut to `max` characters with an ellipsis: long indicator names would stretch a chart. */
function shortText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The indicator, named once in a chart's subtitle. */
export function indicatorLine(
  r: Pick<ScorecardRowWire, "indicatorName" | "indicatorId" | "targetId">,
): string {
  return shortText(r.indicatorName ?? r.indicatorId ?? r.targetId, 90);
}

/** The value axis: the indicator's unit of measure (the name is in the subtitle). */
export function valueTitle(
  r: Pick<ScorecardRowWire, "indicatorUnit" | "indicatorName" | "indicatorId" | "targetId">,
): string {
  return shortText(r.indicatorUnit ?? r.indicatorName ?? r.indicatorId ?? r.targetId, 40);
}

/** The method's name as the charts credit it. */
function methodLine(method: MethodId, text: GapText): string {
  return fillString(text("gap.chart.byMethod"), { method: text(`gap.method.${method}`) });
}

/** Bullet chart: each unit's latest value against the focus target. */
function gapBulletSpec(
  rows: readonly ScorecardRowWire[],
  targetId: string,
  text: GapText,
  look: GapChartLook = {},
): TopLevelSpec | null {
  const mine = rows.filter((r) => r.targetId === targetId);
  const first = mine[0];
  if (!first || first.targetValue === null) return null;
  return bulletChart({
    title: fillString(text("gap.chart.bulletTitle"), { target: targetId }),
    subtitle: [
      indicatorLine(first),
      fillString(text("gap.chart.bulletSubtitle"), {
        value: first.targetValue,
        year: first.targetYear ?? "–",
      }),
    ],
    rows: mine.map((r) => ({
      unitId: r.unitId,
      label: r.latestYear === null ? unitLabel(r) : `${unitLabel(r)} (${r.latestYear})`,
      value: r.latestValue,
      target: r.targetValue,
    })),
    valueTitle: valueTitle(first),
    noDataText: text("gap.chart.noData"),
    width: look.width ?? 460,
    ...(look.theme ? { theme: look.theme } : {}),
  });
}

/**
 * Heat map: units x targets, coloured by the method's status, labelled with the latest value.
 * The longer dimension runs down the page (rows), so that 20 targets do not make a chart
 * too wide to read.
 */
export function gapHeatmapSpec(
  rows: readonly ScorecardRowWire[],
  method: MethodId,
  text: GapText,
  look: GapChartLook = {},
): TopLevelSpec | null {
  if (rows.length === 0) return null;
  const targetsDown = new Set(rows.map((r) => r.targetId)).size > new Set(rows.map((r) => r.unitId)).size;
  return indicatorHeatmap({
    title: text("gap.chart.heatmapTitle"),
    ...(look.heatmapSubtitle === false
      ? {}
      : { subtitle: [methodLine(method, text), text("gap.chart.heatmapGrey")] }),
    colorBy: "status",
    statuses: assessedStatusEntries(method, text),
    statusTitle: text("gap.chart.statusTitle"),
    noDataText: text("gap.chart.noData"),
    ...(look.theme ? { theme: look.theme } : {}),
    cells: rows.map((r) => {
      const unit = { id: r.unitId, label: shortText(unitLabel(r), 28) };
      const target = { id: r.targetId, label: r.targetId };
      const [down, across] = targetsDown ? [target, unit] : [unit, target];
      return {
        unitId: down.id,
        unitLabel: down.label,
        indicatorId: across.id,
        indicatorLabel: across.label,
        value: r.latestValue,
        status: r.status,
      };
    }),
  });
}

/** Headline points of one unit, one value a year (several sources averaged, as the methods do). */
export function unitHistory(points: readonly ObservationPoint[], unitId: string): YearValue[] {
  return onePerYear(points.filter((p) => p.unitId === unitId)).points;
}

/**
 * The method's own projection from the latest value to the target year: compound growth for
 * Eurostat, a straight line to the method's projected value for ESCAP and the German rule.
 */
export function methodProjection(row: ScorecardRowWire): YearValue[] {
  const { latestValue, latestYear, targetYear, projectedValue, observedGrowth } = row;
  if (latestValue === null || latestYear === null || targetYear === null || targetYear <= latestYear)
    return [];
  if (projectedValue === null || observedGrowth === null) return [];
  const years = Array.from({ length: targetYear - latestYear + 1 }, (_, i) => latestYear + i);
  return years.map((year) => {
    const k = year - latestYear;
    const value =
      row.growthKind === "compound_rate"
        ? latestValue * (1 + observedGrowth) ** k
        : latestValue + ((projectedValue - latestValue) * k) / (targetYear - latestYear);
    return { year, value };
  });
}

/** Trajectory of the focus target in one unit: history, required path, the method's projection. */
function gapTrajectorySpec(
  row: ScorecardRowWire,
  points: readonly ObservationPoint[],
  text: GapText,
  look: GapChartLook = {},
): TopLevelSpec | null {
  const history = unitHistory(points, row.unitId);
  if (history.length === 0 || row.targetValue === null || row.targetYear === null) return null;
  const projection = methodProjection(row);
  return trajectoryChart({
    title: fillString(text("gap.chart.trajectoryTitle"), { target: row.targetId, unit: unitLabel(row) }),
    subtitle: [indicatorLine(row), methodLine(row.method, text)],
    history,
    target: { year: row.targetYear, value: row.targetValue },
    ...(projection.length > 0 ? { projection } : {}),
    valueTitle: valueTitle(row),
    labels: {
      history: text("gap.chart.observed"),
      requiredPath: text("gap.chart.requiredPath"),
      projection: text("gap.chart.projection"),
      target: text("gap.chart.target"),
      year: text("gap.chart.year"),
    },
    width: look.width ?? 460,
    height: look.height ?? 260,
    ...(look.theme ? { theme: look.theme } : {}),
  });
}

/** Targets the bullet and trajectory charts can show: linked to an indicator, with a target value. */
export function chartableTargets(rows: readonly ScorecardRowWire[]): string[] {
  return [
    ...new Set(rows.filter((r) => r.indicatorId !== null && r.targetValue !== null).map((r) => r.targetId)),
  ];
}

/** The focus target: the stored one if still in the scorecard, else the first with data and a year. */
function focusTarget(rows: readonly ScorecardRowWire[], stored: string | undefined): string | null {
  const candidates = chartableTargets(rows);
  if (stored && candidates.includes(stored)) return stored;
  const withData = rows.find(
    (r) => candidates.includes(r.targetId) && r.targetYear !== null && r.latestValue !== null,
  );
  return withData?.targetId ?? candidates[0] ?? null;
}

/** The cell's three charts and what they focus on; a chart without data to draw is null. */
export interface GapCellCharts {
  /** The target of the bullet and trajectory charts; null when no target can be charted. */
  targetId: string | null;
  /** The focus target's rows, one per unit. */
  focusRows: ScorecardRowWire[];
  /** The row the trajectory follows: the stored unit's, else the first unit with a value. */
  trajectoryRow: ScorecardRowWire | undefined;
  bullet: TopLevelSpec | null;
  heatmap: TopLevelSpec | null;
  trajectory: TopLevelSpec | null;
}

/** Bullet per unit and trajectory for the focus target, heat map of every unit and target. */
export function gapCellCharts(
  data: GapCellData,
  focus: { targetId?: string; unitId?: string } | undefined,
  text: GapText,
  look: GapChartLook = {},
): GapCellCharts {
  const rows = data.scorecard.rows;
  const targetId = focusTarget(rows, focus?.targetId);
  const focusRows = rows.filter((r) => r.targetId === targetId);
  const trajectoryRow =
    focusRows.find((r) => r.unitId === focus?.unitId && r.latestValue !== null) ??
    focusRows.find((r) => r.latestValue !== null) ??
    focusRows[0];
  const series = trajectoryRow?.indicatorId ? data.series[trajectoryRow.indicatorId] : undefined;
  return {
    targetId,
    focusRows,
    trajectoryRow,
    bullet: targetId === null ? null : gapBulletSpec(rows, targetId, text, look),
    heatmap: gapHeatmapSpec(rows, data.scorecard.method, text, look),
    trajectory: trajectoryRow && series ? gapTrajectorySpec(trajectoryRow, series.points, text, look) : null,
  };
}
