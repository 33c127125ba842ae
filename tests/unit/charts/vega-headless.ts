import * as vega from "vega";
import * as vl from "vega-lite";

/** Test helpers: run a Vega-Lite spec the way Vega-Lite itself does, headless, in Node. */

export type Row = Record<string, unknown>;

async function runView(spec: vl.TopLevelSpec): Promise<{ view: vega.View; names: string[] }> {
  const vgSpec = vl.compile(spec).spec;
  const view = new vega.View(vega.parse(vgSpec), { renderer: "none" });
  await view.runAsync();
  return { view, names: (vgSpec.data ?? []).map((d) => d.name) };
}

/** Every dataset of the compiled Vega spec after the dataflow ran, by name. */
export async function vegaLiteDatasets(spec: vl.TopLevelSpec): Promise<Record<string, Row[]>> {
  const { view, names } = await runView(spec);
  const out: Record<string, Row[]> = {};
  for (const name of names) out[name] = view.data(name) as Row[];
  view.finalize();
  return out;
}

/** The drawn SVG, with vega's process-wide id counters (gradients, clips) neutralised. */
export async function vegaLiteSvg(spec: vl.TopLevelSpec): Promise<string> {
  const { view } = await runView(spec);
  const svg = await view.toSVG();
  view.finalize();
  return svg.replace(/(gradient|clip)_?\d+/g, "$1");
}
