import { DuckDBInstance } from "@duckdb/node-api";
import type { TopLevelSpec } from "vega-lite";
import { describe, expect, it } from "vitest";
import { renderChartSvg } from "../../../electron/engine/charts/render-chart-svg.ts";
import { CHART_ROWS_DATASET, compileChartQuery } from "../../../shared/charts/compile-chart-query.ts";
import { chartConfig } from "../../../shared/charts/themes.ts";

const BARS: TopLevelSpec = {
  data: {
    values: [
      { k: "Ала", v: 1234.5 },
      { k: "Өзгөн", v: 987654.25 },
    ],
  },
  mark: "bar",
  encoding: {
    x: { field: "k", type: "nominal" },
    y: { field: "v", type: "quantitative", axis: { format: ",.1f" } },
    color: { field: "v", type: "quantitative" },
  },
};

describe("renderChartSvg", () => {
  it("formats numbers for the locale: en 1,234.5; ru and ky 1 234,5", async () => {
    const en = await renderChartSvg(BARS, { locale: "en" });
    const ru = await renderChartSvg(BARS, { locale: "ru" });
    const ky = await renderChartSvg(BARS, { locale: "ky" });
    expect(en).toContain(">1,000,000.0<");
    expect(ru).toContain(">1\u00a0000\u00a0000,0<");
    expect(ky).toContain(">1\u00a0000\u00a0000,0<");
    expect(ky).toContain("Өзгөн");
  });

  it("is deterministic: the same spec gives the same SVG, whatever was drawn before", async () => {
    const first = await renderChartSvg(BARS, { idPrefix: "a-" });
    await renderChartSvg(BARS, { idPrefix: "other-" });
    const again = await renderChartSvg(BARS, { idPrefix: "a-" });
    expect(again).toBe(first);
    // The legend gradient is renumbered under the prefix and still referenced.
    expect(first).toContain('id="a-0"');
    expect(first).toContain("url(#a-0)");
    expect(first).not.toMatch(/gradient_\d/);
  });

  it("takes the theme from usermeta unless told otherwise", async () => {
    const dark = { ...BARS, usermeta: { theme: "dark" } } as TopLevelSpec;
    expect(await renderChartSvg(dark)).toContain(`fill="${chartConfig("dark", "en").background}"`);
    expect(await renderChartSvg(dark, { theme: "light" })).toContain('fill="#FFFFFF"');
    const projector = await renderChartSvg(BARS, { theme: "projector" });
    expect(projector).toContain('font-size="18px"');
  });

  it("writes Noto Sans into the SVG only when asked", async () => {
    const plain = await renderChartSvg(BARS);
    expect(plain).not.toContain("@font-face");
    expect(plain).toContain('font-family="Noto Sans, sans-serif"');
    const embedded = await renderChartSvg(BARS, { embedFont: true });
    const faces = embedded.match(/@font-face\{[^}]*\}/g) ?? [];
    expect(faces).toHaveLength(6);
    // Kyrgyz ң (U+04A3), ө (U+04E9), ү (U+04AF) fall in cyrillic-ext.
    expect(faces.some((f) => f.includes("U+0460-052F") && f.includes("data:font/woff2;base64,"))).toBe(true);
    expect(embedded.startsWith(plain.slice(0, plain.indexOf(">") + 1))).toBe(true);
  });

  it("never fetches: a spec with a data URL fails with a message", async () => {
    const remote = { ...BARS, data: { url: "https://example.org/data.csv" } } as TopLevelSpec;
    await expect(renderChartSvg(remote)).rejects.toThrow(/charts render offline/);
  });

  it("draws a compiled chart from its DuckDB rows passed as the named dataset", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const con = await instance.connect();
    try {
      await con.run("CREATE TABLE t AS SELECT * FROM (VALUES ('a', 1.5), ('a', 2.5), ('b', 7.0)) v(k, x)");
      const compiled = compileChartQuery({
        source: "t",
        mark: "bar",
        encoding: {
          x: { field: "k", type: "nominal" },
          y: { field: "x", type: "quantitative", aggregate: "sum" },
        },
      });
      const rows = (await con.runAndReadAll(compiled.sql)).getRowObjectsJS();
      const svg = await renderChartSvg(compiled.vegaLite, { datasets: { [CHART_ROWS_DATASET]: rows } });
      expect(svg).toContain('aria-label="k: a; Sum of x: 4"');
      expect(svg).toContain('aria-label="k: b; Sum of x: 7"');
      await expect(renderChartSvg(compiled.vegaLite, { datasets: { nope: rows } })).rejects.toThrow(
        /no dataset named "nope" \(it has: chart_rows/,
      );
    } finally {
      con.closeSync();
      instance.closeSync();
    }
  });
});

describe("themes", () => {
  it("projector: labels >= 18 px, titles >= 24 px, thick lines", () => {
    const c = chartConfig("projector", "en");
    expect(c.axis?.labelFontSize).toBeGreaterThanOrEqual(18);
    expect(c.legend?.labelFontSize).toBeGreaterThanOrEqual(18);
    expect((c.title as { fontSize: number }).fontSize).toBeGreaterThanOrEqual(24);
    expect(c.line?.strokeWidth).toBeGreaterThanOrEqual(4);
    expect(chartConfig("light", "en").line?.strokeWidth).toBeLessThan(c.line?.strokeWidth as number);
  });

  it("uses Okabe-Ito categories, viridis ramps and the locale's number format", () => {
    for (const theme of ["light", "dark", "projector"] as const) {
      const c = chartConfig(theme, "ru");
      expect(c.range?.category).toEqual(
        expect.arrayContaining(["#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00"]),
      );
      expect(c.range?.ramp).toEqual({ scheme: "viridis" });
      expect(c.font).toBe("Noto Sans, sans-serif");
      expect(c.locale?.number).toMatchObject({ decimal: ",", thousands: "\u00a0" });
    }
  });
});
