import { CHART_ROWS_DATASET } from "../../../shared/charts/compile-chart-query.ts";
import { renderChartSvg } from "../charts/render-chart-svg.ts";
import { runChartQuery } from "../charts/run-chart-query.ts";
import type { Engine } from "../engine.ts";

export interface ChartCellSvg {
  svg: string;
  widthPx: number;
  heightPx: number;
  /** The table or cell result the chart reads. */
  source: string;
  title?: string;
}

/**
 * Draws a chart cell headlessly, as the app does: the chart compiler turns the spec into one
 * DuckDB query, DuckDB aggregates, and only the aggregated rows reach Vega-Lite.
 */
export async function chartCellSvg(engine: Engine, spec: unknown, idPrefix: string): Promise<ChartCellSvg> {
  const { chart, rows } = await engine.withConnection(async (conn) => {
    const run = await runChartQuery(conn, spec);
    return {
      chart: run.spec,
      rows: { objects: await run.result.getRowObjectsJS(), vegaLite: run.compiled.vegaLite },
    };
  });
  // Vega computes with numbers; DuckDB hands 64-bit integers (counts) over as BigInt.
  const data = rows.objects.map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v])),
  );
  const svg = await renderChartSvg(rows.vegaLite, { datasets: { [CHART_ROWS_DATASET]: data }, idPrefix });
  const { widthPx, heightPx } = svgSize(svg);
  return { svg, widthPx, heightPx, source: chart.source, title: chart.title };
}

/** The pixel size on the root <svg> element, which Vega always writes. */
export function svgSize(svg: string): { widthPx: number; heightPx: number } {
  const root = svg.match(/<svg\b[^>]*>/)?.[0] ?? "";
  const width = Number(root.match(/\bwidth="([\d.]+)/)?.[1]);
  const height = Number(root.match(/\bheight="([\d.]+)/)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error("the rendered chart has no width and height");
  return { widthPx: width, heightPx: height };
}
