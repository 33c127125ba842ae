import type { TopLevelSpec } from "vega-lite";
import { bulletChart } from "../../../shared/charts/presets/bullet-chart.ts";
import { indicatorHeatmap } from "../../../shared/charts/presets/indicator-heatmap.ts";
import { trajectoryChart, type YearValue } from "../../../shared/charts/presets/trajectory-chart.ts";
import type { MethodId } from "../../../shared/gap/gap-types.ts";
import { onePerYear } from "../../../shared/gap/series-prepare.ts";
import type { ObservationPoint, ScorecardRowWire } from "../../../shared/protocol/methods-gap.ts";
import { t } from "../i18n/t.ts";
import { assessedStatusEntries } from "./status-tones.ts";

const unitLabel = (r: ScorecardRowWire) => r.unitName ?? r.unitId;

/** Text cut to `max` characters with an ellipsis: long indicator names would stretch a chart. */
export function shortText(text: string, max: number): string {
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
function methodLine(method: MethodId): string {
  return t("gap.chart.byMethod", { method: t(`gap.method.${method}`) });
}

/** Bullet chart: each unit's latest value against the focus target. */
export function gapBulletSpec(rows: readonly ScorecardRowWire[], targetId: string): TopLevelSpec | null {
  const mine = rows.filter((r) => r.targetId === targetId);
  const first = mine[0];
  if (!first || first.targetValue === null) return null;
  return bulletChart({
    title: t("gap.chart.bulletTitle", { target: targetId }),
    subtitle: [
      indicatorLine(first),
      t("gap.chart.bulletSubtitle", { value: first.targetValue, year: first.targetYear ?? "–" }),
    ],
    rows: mine.map((r) => ({
      unitId: r.unitId,
      label: r.latestYear === null ? unitLabel(r) : `${unitLabel(r)} (${r.latestYear})`,
      value: r.latestValue,
      target: r.targetValue,
    })),
    valueTitle: valueTitle(first),
    noDataText: t("gap.chart.noData"),
    width: 460,
  });
}

/**
 * Heat map: units x targets, coloured by the method's status, labelled with the latest value.
 * The longer dimension runs down the page (rows), so that 20 targets do not make a chart
 * too wide to read.
 */
export function gapHeatmapSpec(rows: readonly ScorecardRowWire[], method: MethodId): TopLevelSpec | null {
  if (rows.length === 0) return null;
  const targetsDown = new Set(rows.map((r) => r.targetId)).size > new Set(rows.map((r) => r.unitId)).size;
  return indicatorHeatmap({
    title: t("gap.chart.heatmapTitle"),
    subtitle: [methodLine(method), t("gap.chart.heatmapGrey")],
    colorBy: "status",
    statuses: assessedStatusEntries(method),
    statusTitle: t("gap.chart.statusTitle"),
    noDataText: t("gap.chart.noData"),
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
export function gapTrajectorySpec(
  row: ScorecardRowWire,
  points: readonly ObservationPoint[],
): TopLevelSpec | null {
  const history = unitHistory(points, row.unitId);
  if (history.length === 0 || row.targetValue === null || row.targetYear === null) return null;
  const projection = methodProjection(row);
  return trajectoryChart({
    title: t("gap.chart.trajectoryTitle", { target: row.targetId, unit: unitLabel(row) }),
    subtitle: [indicatorLine(row), methodLine(row.method)],
    history,
    target: { year: row.targetYear, value: row.targetValue },
    ...(projection.length > 0 ? { projection } : {}),
    valueTitle: valueTitle(row),
    labels: {
      history: t("gap.chart.observed"),
      requiredPath: t("gap.chart.requiredPath"),
      projection: t("gap.chart.projection"),
      target: t("gap.chart.target"),
      year: t("gap.chart.year"),
    },
    width: 460,
    height: 260,
  });
}
