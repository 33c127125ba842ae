import { describe, expect, it } from "vitest";
import {
  COUNT_CHOICE,
  fieldTypeForColumn,
  patchChannel,
  patchFieldDef,
  SORT_CHOICES,
  setChannelField,
  setMark,
  setOption,
  setSource,
  sortChoiceOf,
  sortForChoice,
} from "../../../renderer/src/charts/builder-edits.ts";
import { type ChartSpec, parseChartSpec } from "../../../shared/charts/chart-spec.ts";

const COLUMNS = [
  { name: "year", type: "INTEGER" },
  { name: "value", type: "DOUBLE" },
  { name: "unit_id", type: "VARCHAR" },
  { name: "day", type: "DATE" },
  { name: "amount", type: "DECIMAL(12,2)" },
];

const base: ChartSpec = { source: "observations", mark: "bar", encoding: {} };

function valid(spec: ChartSpec): ChartSpec {
  const parsed = parseChartSpec(spec);
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  return parsed.spec;
}

describe("field types from DuckDB column types", () => {
  it("numbers are quantities, dates time, text categories, integer years ordered", () => {
    expect(COLUMNS.map(fieldTypeForColumn)).toEqual([
      "ordinal",
      "quantitative",
      "nominal",
      "temporal",
      "quantitative",
    ]);
    expect(fieldTypeForColumn({ name: "target_year", type: "BIGINT" })).toBe("ordinal");
    expect(fieldTypeForColumn({ name: "yearly_total", type: "BIGINT" })).toBe("quantitative");
    expect(fieldTypeForColumn({ name: "year", type: "VARCHAR" })).toBe("nominal");
    expect(fieldTypeForColumn({ name: "at", type: "TIMESTAMP WITH TIME ZONE" })).toBe("temporal");
  });
});

describe("builder edits keep the spec drawable", () => {
  it("builds the year x mean(value) by unit chart step by step", () => {
    let spec = setChannelField(base, "x", "year", COLUMNS);
    spec = setChannelField(spec, "y", "value", COLUMNS);
    spec = patchChannel(spec, "y", { aggregate: "mean" });
    spec = setChannelField(spec, "color", "unit_id", COLUMNS);
    expect(valid(spec).encoding).toEqual({
      x: { field: "year", type: "ordinal" },
      y: { field: "value", type: "quantitative", aggregate: "mean" },
      color: { field: "unit_id", type: "nominal" },
    });
  });

  it("an aggregate other than count makes the field a quantity and drops bin and time unit", () => {
    const def = patchFieldDef({ field: "day", type: "temporal", timeUnit: "year" }, { aggregate: "max" });
    expect(def).toEqual({ field: "day", type: "quantitative", aggregate: "max" });
    expect(patchFieldDef({ field: "unit_id", type: "nominal" }, { aggregate: "count" })).toEqual({
      field: "unit_id",
      type: "nominal",
      aggregate: "count",
    });
  });

  it("bin, time unit and type changes remove what they rule out", () => {
    expect(patchFieldDef({ field: "value", type: "quantitative", aggregate: "sum" }, { bin: true })).toEqual({
      field: "value",
      type: "quantitative",
      bin: true,
    });
    expect(patchFieldDef({ field: "day", type: "nominal" }, { timeUnit: "yearmonth" })).toEqual({
      field: "day",
      type: "temporal",
      timeUnit: "yearmonth",
    });
    expect(
      patchFieldDef({ field: "value", type: "quantitative", bin: { maxbins: 20 } }, { type: "nominal" }),
    ).toEqual({
      field: "value",
      type: "nominal",
    });
    expect(patchFieldDef({ field: "day", type: "temporal", timeUnit: "year" }, { type: "nominal" })).toEqual({
      field: "day",
      type: "nominal",
    });
    // "Count of rows" has no field: it stays a count whatever else is chosen.
    expect(patchFieldDef({ type: "quantitative", aggregate: "count" }, { aggregate: undefined })).toEqual({
      type: "quantitative",
      aggregate: "count",
    });
  });

  it("count of rows and clearing a channel", () => {
    let spec = setChannelField(base, "y", COUNT_CHOICE, COLUMNS);
    expect(spec.encoding.y).toEqual({ type: "quantitative", aggregate: "count" });
    spec = setChannelField(spec, "x", "unit_id", COLUMNS);
    expect(valid(spec).mark).toBe("bar");
    expect(setChannelField(spec, "y", "", COLUMNS).encoding).toEqual({
      x: { field: "unit_id", type: "nominal" },
    });
  });

  it("switching a field keeps the aggregate only when the new field can take it", () => {
    const spec = patchChannel(setChannelField(base, "y", "value", COLUMNS), "y", { aggregate: "median" });
    expect(setChannelField(spec, "y", "amount", COLUMNS).encoding.y).toEqual({
      field: "amount",
      type: "quantitative",
      aggregate: "median",
    });
    expect(setChannelField(spec, "y", "unit_id", COLUMNS).encoding.y).toEqual({
      field: "unit_id",
      type: "nominal",
    });
  });

  it("a pie takes y as its angle and x as its colour, and gives them back", () => {
    let spec = setChannelField(setChannelField(base, "x", "unit_id", COLUMNS), "y", COUNT_CHOICE, COLUMNS);
    spec = setMark(spec, "arc");
    expect(valid(spec).encoding).toEqual({
      theta: { type: "quantitative", aggregate: "count" },
      color: { field: "unit_id", type: "nominal" },
    });
    expect(setMark(spec, "bar").encoding.y).toEqual({ type: "quantitative", aggregate: "count" });
  });

  it("points only on line and area; subtitle goes with the title", () => {
    const line = setOption(setMark(base, "line"), "points", true);
    expect(line.points).toBe(true);
    expect(setMark(line, "bar").points).toBeUndefined();
    const titled = setOption(setOption(base, "title", "Internet use"), "subtitle", "Share of people 15+");
    expect(setOption(titled, "title", "")).toEqual(base);
  });

  it("a new source drops the fields and filters it does not have", () => {
    const spec: ChartSpec = {
      ...base,
      encoding: { x: { field: "unit_id", type: "nominal" }, y: { type: "quantitative", aggregate: "count" } },
      filters: [{ field: "year", op: "equal", value: 2022 }],
    };
    const next = setSource(spec, "units", [{ name: "unit_id", type: "VARCHAR" }]);
    expect(next).toEqual({
      source: "units",
      mark: "bar",
      encoding: { x: { field: "unit_id", type: "nominal" }, y: { type: "quantitative", aggregate: "count" } },
    });
    expect(setSource(spec, "later_cell", null)).toEqual({ ...spec, source: "later_cell" });
  });

  it("sort menu choices map to Vega-Lite sorts and back", () => {
    for (const choice of SORT_CHOICES) {
      expect(sortChoiceOf("x", sortForChoice("x", choice))).toBe(choice);
    }
    expect(sortForChoice("x", "byOtherDesc")).toEqual({ encoding: "y", order: "descending" });
    expect(sortForChoice("y", "byOtherAsc")).toEqual({ encoding: "x", order: "ascending" });
    // A sort only the JSON can write has no menu entry.
    expect(sortChoiceOf("x", ["b", "a"])).toBeNull();
  });
});
