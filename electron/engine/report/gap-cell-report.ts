import type { TopLevelSpec } from "vega-lite";
import { formatRatePct, formatValue, NO_VALUE } from "../../../shared/gap/format-gap-values.ts";
import { type GapCellConfig, parseGapConfig } from "../../../shared/gap/gap-cell-config.ts";
import { type GapCall, type GapCellData, loadGapCellData } from "../../../shared/gap/gap-cell-data.ts";
import { gapCellCharts } from "../../../shared/gap/gap-chart-specs.ts";
import { type GapText, gapStringEn } from "../../../shared/gap/gap-strings-en.ts";
import { METHOD_DOCS } from "../../../shared/gap/method-docs.ts";
import { laggingTargets, roadmapGanttSpec } from "../../../shared/gap/roadmap-gantt.ts";
import { HORIZON_YEARS, type ScenarioOutcome, scenarioOutcomes } from "../../../shared/gap/scenario-model.ts";
import { scenarioTargets } from "../../../shared/gap/scenario-targets.ts";
import type { Cell } from "../../../shared/notebook/notebook-schema.ts";
import type { SourceRecord } from "../../../shared/protocol/methods.ts";
import type { RoadmapAction } from "../../../shared/protocol/methods-gap.ts";
import type { FigureBlock, ReportBlock, SourceRef, TableBlock } from "../../../shared/report/report-model.ts";
import { REPORT_TABLE_ROW_LIMIT } from "../../../shared/report/report-model.ts";
import { fillString, REPORT_STRINGS_EN } from "../../../shared/report/report-strings.ts";
import { renderChartSvg } from "../charts/render-chart-svg.ts";
import type { Engine } from "../engine.ts";
import { gapHandlers } from "../gap/gap-handlers.ts";
import type { CallContext } from "../handler-types.ts";
import { svgSize } from "./chart-cell-svg.ts";
import { scorecardTable } from "./gap-scorecard-table.ts";
import { anySynthetic, listSources } from "./report-provenance.ts";

/** The catalog tables a scorecard is computed from: their provenance is the cell's. */
const GAP_TABLES = ["observations", "targets", "indicators", "units"];

export interface GapCellReportOptions {
  /** Prefix of the figures' SVG ids, unique in the report. */
  idPrefix: string;
  /** The report's date: "today" on the roadmap's Gantt chart. */
  generatedAt: Date;
}

type GapCell = Extract<Cell, { kind: "gap" }>;

/**
 * A gap cell as the report shows it, computed by the handlers the app calls (gap.scorecard,
 * gap.series, gap.actions.list) from the cell's saved config: the scorecard as a table, the
 * cell's bullet, trajectory and heat map charts, the saved scenarios' table and the roadmap's
 * Gantt chart. Throws, saying why, when the config is invalid or the scorecard cannot be computed.
 */
export async function gapCellBlocks(
  engine: Engine,
  cell: GapCell,
  opts: GapCellReportOptions,
): Promise<ReportBlock[]> {
  const parsed = parseGapConfig(cell.options.config, cell.name);
  if (!parsed.ok) throw new Error(parsed.message);
  const { config } = parsed;
  // The handlers the app reaches through its EngineClient, called in-process.
  const ctx: CallContext = { signal: new AbortController().signal, progress: () => undefined };
  const call: GapCall = (method, params) => gapHandlers[method](engine, params, ctx);
  const data = await loadGapCellData(call, config);
  const synthetic = await engine.withConnection((conn) => anySynthetic(conn, GAP_TABLES));
  const text = gapStringEn;
  const sources = sourceLookup(data.scorecard.sources);
  const blocks: ReportBlock[] = [scorecardBlock(data, config, cell.name, sources, synthetic)];

  const charts = gapCellCharts(data, config.focus, text);
  const figure = async (spec: TopLevelSpec, name: string, ids: Iterable<string>): Promise<FigureBlock> => {
    const svg = await renderChartSvg(spec, { idPrefix: `${opts.idPrefix}${name}-` });
    return {
      kind: "figure",
      svg,
      ...svgSize(svg),
      caption: specTitle(spec),
      sources: sources(ids),
      synthetic,
    };
  };
  if (charts.targetId === null) blocks.push({ kind: "note", text: text("gap.chart.noChartableNote") });
  if (charts.bullet) {
    const ids = charts.focusRows.flatMap((r) => [...r.figureSources.latest, ...r.figureSources.target]);
    blocks.push(await figure(charts.bullet, "bullet", ids));
  }
  const row = charts.trajectoryRow;
  if (charts.trajectory && row) {
    const points = (row.indicatorId ? data.series[row.indicatorId]?.points : undefined) ?? [];
    const ids = points.filter((p) => p.unitId === row.unitId).flatMap((p) => p.sourceId ?? []);
    blocks.push(await figure(charts.trajectory, "trajectory", [...ids, ...row.figureSources.target]));
  } else if (charts.targetId !== null) {
    blocks.push({
      kind: "note",
      text: fillString(text("gap.chart.noTrajectory"), { target: charts.targetId }),
    });
  }
  if (charts.heatmap) blocks.push(await figure(charts.heatmap, "heatmap", figureSourceIds(data)));

  blocks.push(...scenarioBlocks(data, config, cell.name, sources, synthetic));
  const { actions } = await gapHandlers["gap.actions.list"](engine, {}, ctx);
  if (actions.length > 0) {
    const today = opts.generatedAt.toISOString().slice(0, 10);
    blocks.push(await figure(roadmapGantt(actions, data, today, text), "gantt", []));
  }
  return blocks;
}

/** Source ids -> the sources a block cites: each once, in the order met, the long tail counted. */
function sourceLookup(records: readonly SourceRecord[]) {
  const byId = new Map(records.map((s) => [s.sourceId, s]));
  return (ids: Iterable<string>): SourceRef[] => {
    const refs = [...new Set(ids)].flatMap((id) => {
      const s = byId.get(id);
      return s ? [{ sourceId: s.sourceId, publisher: s.publisher, title: s.title, url: s.url }] : [];
    });
    return listSources(refs);
  };
}

/** The source rows behind every figure of the scorecard, row by row: latest value, baseline, target. */
function figureSourceIds(data: GapCellData): string[] {
  return data.scorecard.rows.flatMap((r) => [
    ...r.figureSources.latest,
    ...r.figureSources.baseline,
    ...r.figureSources.target,
  ]);
}

function scorecardBlock(
  data: GapCellData,
  config: GapCellConfig,
  name: string,
  sources: (ids: Iterable<string>) => SourceRef[],
  synthetic: boolean,
): TableBlock {
  const table = scorecardTable(data, config.unitIds, gapStringEn);
  const rows = table.rows.slice(0, REPORT_TABLE_ROW_LIMIT);
  const method = METHOD_DOCS[data.scorecard.method].name;
  return {
    kind: "table",
    columns: table.columns,
    rows,
    omittedRows: table.rows.length - rows.length,
    caption: fillString(REPORT_STRINGS_EN.gapScorecard, { name, method }),
    sources: sources(
      table.shown
        .slice(0, rows.length)
        .flatMap((r) => [...r.figureSources.latest, ...r.figureSources.baseline, ...r.figureSources.target]),
    ),
    synthetic,
  };
}

/** "2027 in time", "2034 late", "never at this rate", or why there is no answer. */
function metText(o: ScenarioOutcome | undefined, text: GapText): string {
  if (!o) return NO_VALUE;
  if (o.ratePct === null) return text("gap.scenario.noTrend");
  if (o.yearTargetMet === null) return text("gap.scenario.never");
  return `${o.yearTargetMet} ${o.metByTargetYear ? text("gap.scenario.inTime") : text("gap.scenario.late")}`;
}

/**
 * The saved scenarios' table, as the Scenarios tab shows it for the scenario unit: per target
 * and scenario, the growth assumed, the values in the horizon years and the year the target is
 * met. Nothing when the cell has no saved scenarios or no target a scenario can project.
 */
function scenarioBlocks(
  data: GapCellData,
  config: GapCellConfig,
  name: string,
  sources: (ids: Iterable<string>) => SourceRef[],
  synthetic: boolean,
): ReportBlock[] {
  const text = gapStringEn;
  const saved = config.scenarios;
  if (!saved) return [];
  const unitId = saved.unitId && config.unitIds.includes(saved.unitId) ? saved.unitId : config.unitIds[0];
  const targets = unitId === undefined ? [] : scenarioTargets(data, unitId);
  if (targets.length === 0) return [];
  const outcomes = scenarioOutcomes(targets, saved.list);
  const rows = targets.flatMap((x) =>
    saved.list.map((s) => {
      const o = outcomes.find((z) => z.targetId === x.targetId && z.scenarioId === s.id);
      const target = fillString(text("gap.scenario.targetLine"), {
        value: formatValue(x.target.value),
        year: x.target.year,
        direction: text(`gap.direction.${x.target.direction}`),
      });
      return [
        `${x.targetId}: ${target}`,
        s.name,
        formatRatePct(o?.ratePct),
        ...HORIZON_YEARS.map((y) => formatValue(o?.valueIn[y] ?? null)),
        formatValue(o?.valueAtTargetYear ?? null),
        metText(o, text),
      ];
    }),
  );
  const unitName = data.scorecard.rows.find((r) => r.unitId === unitId)?.unitName ?? unitId;
  const seriesIds = targets.flatMap((x) =>
    (data.series[x.indicatorId]?.points ?? [])
      .filter((p) => p.unitId === unitId)
      .flatMap((p) => p.sourceId ?? []),
  );
  const table: TableBlock = {
    kind: "table",
    columns: [
      text("gap.table.target"),
      text("gap.scenario.scenario"),
      text("gap.scenario.rate"),
      ...HORIZON_YEARS.map((y) => fillString(text("gap.scenario.valueIn"), { year: y })),
      text("gap.scenario.atTargetYear"),
      text("gap.scenario.yearMet"),
    ],
    rows: rows.slice(0, REPORT_TABLE_ROW_LIMIT),
    omittedRows: Math.max(0, rows.length - REPORT_TABLE_ROW_LIMIT),
    caption: fillString(REPORT_STRINGS_EN.gapScenarios, { name, unit: unitName ?? "" }),
    sources: sources([...seriesIds, ...targets.flatMap((x) => x.row.figureSources.target)]),
    synthetic,
  };
  const capped = outcomes.some((o) => o.capped);
  return capped ? [table, { kind: "note", text: text("gap.scenario.capped") }] : [table];
}

/** The roadmap's actions on a Gantt chart, those linked to a target lagging in this cell standing out. */
function roadmapGantt(actions: readonly RoadmapAction[], data: GapCellData, today: string, text: GapText) {
  return roadmapGanttSpec(
    actions,
    laggingTargets(data.scorecard.rows, data.scorecard.method, text),
    today,
    text,
  );
}

/** A spec's title text, which the figure's caption repeats. */
function specTitle(spec: TopLevelSpec): string {
  const title = spec.title;
  const text = typeof title === "string" || Array.isArray(title) ? title : title?.text;
  return Array.isArray(text) ? text.join(" ") : typeof text === "string" ? text : "";
}
