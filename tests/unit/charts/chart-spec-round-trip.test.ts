import * as vl from "vega-lite";
import { describe, expect, it, vi } from "vitest";
import { type ChartSpec, parseChartSpec } from "../../../shared/charts/chart-spec.ts";
import { fromVegaLite } from "../../../shared/charts/from-vega-lite.ts";
import { toVegaLite } from "../../../shared/charts/to-vega-lite.ts";

const SPECS: Record<string, ChartSpec> = {
  "count bar with every label setting": {
    source: "cell_1",
    mark: "bar",
    encoding: {
      x: {
        field: "district",
        type: "nominal",
        sort: { encoding: "y", order: "descending" },
        labelAngle: -45,
        title: "District",
      },
      y: { type: "quantitative", aggregate: "count", format: ",d", stack: "normalize" },
      color: { field: "sector", type: "nominal", title: "Sector" },
      column: { field: "year", type: "ordinal", format: "d" },
      tooltip: [
        { field: "district", type: "nominal" },
        { field: "amount", type: "quantitative", aggregate: "sum", format: ".1f", title: "Total" },
      ],
    },
    filters: [
      { field: "year", op: "range", value: [2019, null] },
      { field: "sector", op: "oneOf", value: ["mobile", "fixed"] },
      { field: "district", op: "valid", value: true },
      { field: "amount", op: "lte", value: 1000 },
    ],
    title: "Subscribers",
    subtitle: "SYNTHETIC",
    width: 640,
    height: 360,
    legend: "bottom",
    theme: "projector",
  },
  "histogram with maxbins, dotted field name": {
    source: "measurements",
    mark: "bar",
    encoding: {
      x: { field: "speed.mbps", type: "quantitative", bin: { maxbins: 25 } },
      y: { type: "quantitative", aggregate: "count" },
    },
    legend: "none",
  },
  "monthly line with points": {
    source: "t",
    mark: "line",
    points: true,
    encoding: {
      x: { field: "date", type: "temporal", timeUnit: "yearmonth", format: "%b %Y" },
      y: { field: "value", type: "quantitative", aggregate: "mean" },
      color: { field: "unit_id", type: "nominal", sort: ["osh_city", "alay"] },
      detail: { field: "indicator", type: "nominal" },
    },
    filters: [{ field: "unit_id", op: "equal", value: "osh_city" }],
    theme: "dark",
  },
  pie: {
    source: "t",
    mark: "arc",
    encoding: {
      theta: { field: "value", type: "quantitative", aggregate: "sum", stack: "zero" },
      color: { field: "sector", type: "nominal", sort: { field: "value", op: "sum", order: "descending" } },
    },
  },
  "boxplot by row facet": {
    source: "t",
    mark: "boxplot",
    encoding: {
      x: { field: "value", type: "quantitative" },
      y: { field: "district", type: "nominal", sort: null },
      row: { field: "year", type: "ordinal" },
    },
  },
  "text table": {
    source: "t",
    mark: "text",
    encoding: {
      x: { field: "year", type: "ordinal", sort: "descending" },
      y: { field: "district", type: "nominal" },
      text: { field: "value", type: "quantitative", aggregate: "median", format: ".2f" },
      size: { field: "value", type: "quantitative", aggregate: "max" },
      opacity: { field: "value", type: "quantitative", aggregate: "min" },
    },
    filters: [
      { field: "flag", op: "equal", value: false },
      { field: "year", op: "gt", value: 2015 },
    ],
  },
  "scatter with shapes and a raw tooltip": {
    source: "t",
    mark: "point",
    encoding: {
      x: { field: "x", type: "quantitative" },
      y: { field: "y", type: "quantitative", format: ".0%" },
      shape: { field: "sector", type: "nominal", title: "Sector" },
      tooltip: [{ field: "date", type: "temporal", format: "%Y-%m-%d" }],
    },
    legend: "left",
    theme: "light",
  },
};

describe("builder <-> Vega-Lite round trip", () => {
  for (const [name, spec] of Object.entries(SPECS)) {
    it(name, () => {
      expect(parseChartSpec(spec)).toEqual({ ok: true, spec });
      const vegaLite = toVegaLite(spec);
      expect(fromVegaLite(vegaLite)).toEqual(spec);
      // What the builder writes is valid Vega-Lite: it compiles, without warnings.
      const warn = vi.spyOn(console, "warn");
      const error = vi.spyOn(console, "error");
      vl.compile(vegaLite);
      expect([...warn.mock.calls, ...error.mock.calls]).toEqual([]);
      warn.mockRestore();
      error.mockRestore();
      // JSON -> builder -> JSON is stable too.
      expect(toVegaLite(fromVegaLite(JSON.parse(JSON.stringify(vegaLite))) as ChartSpec)).toEqual(vegaLite);
    });
  }

  it("reads Vega-Lite's '-y' sort shorthand and ignores $schema", () => {
    const spec = fromVegaLite({
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      data: { name: "t" },
      mark: { type: "bar" },
      encoding: {
        x: { field: "district", type: "nominal", sort: "-y" },
        y: { field: "value", type: "quantitative", aggregate: "sum" },
      },
    });
    expect(spec).toEqual({
      source: "t",
      mark: "bar",
      encoding: {
        x: { field: "district", type: "nominal", sort: { encoding: "y", order: "descending" } },
        y: { field: "value", type: "quantitative", aggregate: "sum" },
      },
    });
  });

  const base = { data: { name: "t" }, mark: "bar", encoding: { x: { field: "a", type: "nominal" } } };
  const notExpressible: Record<string, unknown> = {
    "a layered spec": { data: { name: "t" }, layer: [{ mark: "bar" }] },
    "inline data": { ...base, data: { values: [{ a: 1 }] } },
    "a calculate transform": { ...base, transform: [{ calculate: "datum.a * 2", as: "b" }] },
    "a mark property the builder lacks": { ...base, mark: { type: "bar", color: "red" } },
    "a scale setting": { ...base, encoding: { x: { field: "a", type: "nominal", scale: { type: "log" } } } },
    "an aggregate op the builder lacks": {
      ...base,
      encoding: { ...base.encoding, y: { field: "b", type: "quantitative", aggregate: "variance" } },
    },
    "a bin on colour": { ...base, encoding: { color: { field: "b", type: "quantitative", bin: true } } },
    "an axis setting on a legend channel": {
      ...base,
      encoding: { color: { field: "b", type: "nominal", axis: { format: "d" } } },
    },
    "a field format at the wrong place": {
      ...base,
      encoding: { x: { field: "a", type: "nominal", format: "d" } },
    },
    "not an object": "bar chart",
  };
  for (const [name, vegaLite] of Object.entries(notExpressible)) {
    it(`returns null for ${name}`, () => {
      expect(fromVegaLite(vegaLite)).toBeNull();
    });
  }
});

describe("parseChartSpec messages say where", () => {
  it("names the path of each problem", () => {
    const result = parseChartSpec({
      source: "t",
      mark: "boxplot",
      encoding: {
        x: { field: "district", type: "nominal", aggregate: "sum" },
        y: { type: "quantitative" },
        size: { field: "v", type: "quantitative", bin: true },
      },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContain("chart spec encoding.x.aggregate: sum needs a quantitative field");
    expect(result.errors).toContain(
      "chart spec encoding.y.field: a field is required unless the aggregate is count",
    );
    expect(result.errors).toContain("chart spec encoding.size.bin: bin is supported on x and y only");
    expect(result.errors).toContain("chart spec encoding.size: a boxplot does not use the size channel");
  });
});
