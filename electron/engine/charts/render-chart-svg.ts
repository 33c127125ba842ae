import * as vega from "vega";
import type { TopLevelSpec } from "vega-lite";
import * as vl from "vega-lite";
import type { ChartLocale } from "../../../shared/charts/chart-locales.ts";
import { CHART_THEMES, type ChartThemeName } from "../../../shared/charts/chart-spec.ts";
import { chartConfig } from "../../../shared/charts/themes.ts";
import { notoSansFontFaceCss } from "./svg-font-face.ts";
import { renumberSvgIds } from "./svg-ids.ts";

/**
 * Vega-Lite -> SVG text, headless in Node (report export, golden tests). Nothing is fetched:
 * data must be inline or passed in `datasets`; a spec that asks for a URL fails with a message.
 * Output is deterministic for a given spec and options.
 */
export interface RenderChartSvgOptions {
  /** Look; default: the spec's `usermeta.theme` (what the builder writes), else "light". */
  theme?: ChartThemeName;
  /** Number and date formatting; default "en". */
  locale?: ChartLocale;
  /** Rows for named datasets, e.g. { chart_rows: rows } for a compileChartQuery spec. */
  datasets?: Record<string, readonly object[]>;
  /** Inline Noto Sans as @font-face (about 110 KB) so the SVG renders the same anywhere. */
  embedFont?: boolean;
  /** Prefix for gradient/clip ids; give each chart its own when several share one document. */
  idPrefix?: string;
}

export async function renderChartSvg(
  vlSpec: TopLevelSpec,
  opts: RenderChartSvgOptions = {},
): Promise<string> {
  const theme = opts.theme ?? specTheme(vlSpec) ?? "light";
  const vgSpec = vl.compile(vlSpec, { config: chartConfig(theme, opts.locale ?? "en") }).spec;
  const url = firstDataUrl(vgSpec);
  if (url !== null) {
    throw new Error(`chart asks to load "${url}"; charts render offline, from inline or named datasets only`);
  }
  const view = new vega.View(vega.parse(vgSpec), { renderer: "none", loader: offlineLoader() });
  try {
    const known = new Set((vgSpec.data ?? []).map((d) => d.name));
    for (const [name, rows] of Object.entries(opts.datasets ?? {})) {
      if (!known.has(name)) {
        throw new Error(
          `renderChartSvg: the chart has no dataset named "${name}" (it has: ${[...known].join(", ")})`,
        );
      }
      view.data(name, rows as object[]);
    }
    await view.runAsync();
    const svg = renumberSvgIds(await view.toSVG(), opts.idPrefix ?? "chart-");
    return opts.embedFont ? withFontFaces(svg) : svg;
  } finally {
    view.finalize();
  }
}

function specTheme(spec: TopLevelSpec): ChartThemeName | undefined {
  const theme = (spec.usermeta as { theme?: unknown } | undefined)?.theme;
  return CHART_THEMES.find((t) => t === theme);
}

/** The first data URL anywhere in a Vega spec (top level or inside group marks), or null. */
function firstDataUrl(node: unknown): string | null {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = firstDataUrl(item);
      if (found !== null) return found;
    }
    return null;
  }
  if (node === null || typeof node !== "object") return null;
  const record = node as Record<string, unknown>;
  for (const entry of Array.isArray(record.data) ? record.data : []) {
    const url = (entry as { url?: unknown }).url;
    if (url !== undefined) return typeof url === "string" ? url : JSON.stringify(url);
  }
  return firstDataUrl(record.marks ?? []);
}

/** Safety net behind firstDataUrl: any other load (images, lookups) is refused too. */
function offlineLoader(): vega.Loader {
  const loader = vega.loader();
  const refuse = (uri: string) =>
    Promise.reject(
      new Error(`chart asks to load "${uri}"; charts render offline, from inline or named datasets only`),
    );
  loader.load = refuse;
  loader.sanitize = refuse;
  loader.http = refuse;
  loader.file = refuse;
  return loader;
}

function withFontFaces(svg: string): string {
  const open = svg.indexOf(">", svg.indexOf("<svg"));
  return `${svg.slice(0, open + 1)}<defs><style>${notoSansFontFaceCss()}</style></defs>${svg.slice(open + 1)}`;
}
