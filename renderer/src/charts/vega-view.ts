import { type Loader, parse, type Spec, View, loader as vegaLoader } from "vega";
import { expressionInterpreter } from "vega-interpreter";
import { compile, type TopLevelSpec } from "vega-lite";
import type { ChartThemeName } from "../../../shared/charts/chart-spec.ts";
import { CHART_ROWS_DATASET } from "../../../shared/charts/compile-chart-query.ts";
import { CHART_FONT } from "../../../shared/charts/themes.ts";
import type { ChartRow } from "./arrow-rows.ts";
import { createChartTooltip } from "./chart-tooltip.ts";

/**
 * A live Vega view in the renderer. The page's CSP forbids eval, and Vega normally compiles its
 * expressions with `new Function`: here they are parsed to ASTs and run by vega-interpreter.
 * Nothing is fetched: the rows are handed over, and any load the spec asks for is refused.
 */

export interface LiveChart {
  view: View;
  finalize(): void;
}

function offlineLoader(): Loader {
  const loader = vegaLoader();
  const refuse = (uri: string) =>
    Promise.reject(new Error(`the chart asks to load "${uri}"; charts draw only data of this workbench`));
  loader.load = refuse;
  loader.sanitize = refuse;
  loader.http = refuse;
  loader.file = refuse;
  return loader;
}

/** Text is measured while the chart is laid out: the bundled font has to be there first. */
async function fontsReady(): Promise<void> {
  try {
    await Promise.all([
      document.fonts.load(`12px "${CHART_FONT}"`),
      document.fonts.load(`bold 12px "${CHART_FONT}"`),
    ]);
  } catch {
    // Drawing with a fallback font is better than not drawing.
  }
}

export interface LiveChartOptions {
  vegaLite: Record<string, unknown>;
  rows: readonly ChartRow[];
  config: Record<string, unknown>;
  theme: ChartThemeName;
  /** Narrow the plot until the whole chart (axes, legend) fits this many pixels; null: leave it. */
  fitWidth: number | null;
}

/** Narrowest plot the fitting makes; below it the chart scrolls instead. */
const MIN_PLOT_WIDTH = 240;

/** The drawn chart's full width: what the SVG renderer wrote on its root element. */
function drawnWidth(container: HTMLElement): number {
  return Number(container.querySelector("svg")?.getAttribute("width") ?? 0);
}

export async function createLiveChart(container: HTMLElement, opts: LiveChartOptions): Promise<LiveChart> {
  await fontsReady();
  const vgSpec: Spec = compile(opts.vegaLite as unknown as TopLevelSpec, { config: opts.config }).spec;
  const tooltip = createChartTooltip(opts.theme);
  const view = new View(parse(vgSpec, undefined, { ast: true }), {
    container,
    renderer: "svg",
    hover: true,
    loader: offlineLoader(),
    tooltip: tooltip.handler,
    expr: expressionInterpreter,
  });
  const finalize = () => {
    view.finalize();
    tooltip.remove();
  };
  try {
    if ((vgSpec.data ?? []).some((d) => d.name === CHART_ROWS_DATASET)) {
      // Vega's transforms write into the tuples they get: each view gets its own copies.
      view.data(
        CHART_ROWS_DATASET,
        opts.rows.map((r) => ({ ...r })),
      );
    }
    await view.runAsync();
    const overflow = opts.fitWidth === null ? 0 : drawnWidth(container) - opts.fitWidth;
    if (overflow > 0 && view.width() > MIN_PLOT_WIDTH) {
      view.width(Math.max(MIN_PLOT_WIDTH, view.width() - overflow));
      await view.runAsync();
    }
  } catch (e) {
    finalize();
    throw e;
  }
  return { view, finalize };
}
