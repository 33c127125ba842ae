import { describe, expect, it } from "vitest";
import { readChartCellSpec, storedSpec } from "../../../renderer/src/charts/chart-cell-spec.ts";
import { lineColumn, readVegaLiteText, vegaLiteText } from "../../../renderer/src/charts/vega-lite-json.ts";
import type { ChartSpec } from "../../../shared/charts/chart-spec.ts";

const builder: ChartSpec = {
  source: "osh_vs_national",
  mark: "line",
  points: true,
  encoding: {
    x: { field: "year", type: "ordinal", title: "Year" },
    y: { field: "internet_users_pct", type: "quantitative", aggregate: "mean", format: ".1f" },
    color: { field: "area", type: "nominal" },
  },
  filters: [{ field: "year", op: "gte", value: 2019 }],
  title: "Internet use",
  legend: "bottom",
};

describe("chart cell options", () => {
  it("tells empty, builder, raw and unreadable settings apart", () => {
    expect(readChartCellSpec(null)).toEqual({ kind: "empty" });
    expect(readChartCellSpec(builder)).toEqual({ kind: "builder", spec: builder });
    expect(readChartCellSpec({ source: "t", vegaLite: { mark: "bar" } })).toEqual({
      kind: "raw",
      raw: { source: "t", vegaLite: { mark: "bar" } },
    });
    expect(readChartCellSpec([1, 2]).kind).toBe("unreadable");
    expect(readChartCellSpec({ mark: "bar" }).kind).toBe("unreadable");
  });
});

describe("builder and Vega-Lite JSON stay in step", () => {
  it("the JSON of a builder chart reads back as the same builder chart", () => {
    const text = vegaLiteText({ kind: "builder", spec: builder });
    expect(JSON.parse(text).data).toEqual({ name: "osh_vs_national" });
    const edit = readVegaLiteText(text);
    expect(edit).toEqual({ ok: true, cellSpec: { kind: "builder", spec: builder } });
  });

  it("an edit the builder can express switches the builder back on", () => {
    const vl = JSON.parse(vegaLiteText({ kind: "builder", spec: builder }));
    vl.mark = { type: "area", point: true };
    const edit = readVegaLiteText(JSON.stringify(vl));
    expect(edit.ok && edit.cellSpec.kind === "builder" && edit.cellSpec.spec.mark).toBe("area");
  });

  it("Vega-Lite the builder cannot express is kept raw, with its source from data.name", () => {
    const vl = {
      data: { name: "observations" },
      mark: "bar",
      encoding: { x: { field: "year", type: "ordinal" }, y: { aggregate: "count", type: "quantitative" } },
      transform: [{ calculate: "datum.value * 2", as: "double" }],
    };
    const edit = readVegaLiteText(JSON.stringify(vl));
    expect(edit).toEqual({
      ok: true,
      cellSpec: { kind: "raw", raw: { source: "observations", vegaLite: vl } },
    });
    if (edit.ok) {
      const stored = storedSpec(edit.cellSpec);
      expect(readChartCellSpec(stored)).toEqual(edit.cellSpec);
      expect(vegaLiteText(readChartCellSpec(stored))).toBe(JSON.stringify(vl, null, 2));
    }
    const inline = readVegaLiteText(
      JSON.stringify({ data: { values: [{ a: 1 }] }, mark: "point", params: [] }),
    );
    expect(inline.ok && inline.cellSpec.kind === "raw" && inline.cellSpec.raw.source).toBeUndefined();
  });

  it("says where JSON is broken, and refuses specs without local data", () => {
    const broken = '{\n  "mark": "bar",\n  "encoding": {,}\n}';
    const edit = readVegaLiteText(broken);
    expect(edit.ok).toBe(false);
    expect(!edit.ok && edit.message).toMatch(/^Vega-Lite JSON, line 3, column 16: /);
    expect(readVegaLiteText('{\n  "mark": ')).toEqual({
      ok: false,
      message: expect.stringMatching(/^Vega-Lite JSON, line 2, column 11: /),
    });
    expect(readVegaLiteText("[1]")).toEqual({
      ok: false,
      message: expect.stringMatching(/must be an object/),
    });
    const url = readVegaLiteText(JSON.stringify({ data: { url: "https://example.org/x.csv" }, mark: "bar" }));
    expect(!url.ok && url.message).toMatch(/data\.url/);
    const none = readVegaLiteText(JSON.stringify({ mark: "bar", encoding: {} }));
    expect(!none.ok && none.message).toMatch(/"data" must name the table or cell/);
  });

  it("counts lines and columns from 1", () => {
    expect(lineColumn("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });
});
