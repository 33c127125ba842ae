import type { ChartFilter, ChartSpec } from "../../../shared/charts/chart-spec.ts";
import { isNumericType } from "./builder-edits.ts";

/**
 * The builder's row filters: one text box per filter, read according to the operator and the
 * column's type ("10..50" for a range, "a, b, c" for one of). The stored filter is the typed
 * value (numbers for numeric columns), so the SQL DuckDB runs compares like with like.
 */

export const FILTER_OPS = ["equal", "oneOf", "lt", "lte", "gt", "gte", "range", "valid"] as const;
export type FilterOp = (typeof FILTER_OPS)[number];

function scalar(text: string, numeric: boolean, boolean: boolean): string | number | boolean {
  const trimmed = text.trim();
  if (numeric && trimmed !== "" && Number.isFinite(Number(trimmed))) return Number(trimmed);
  if (boolean && (trimmed === "true" || trimmed === "false")) return trimmed === "true";
  return text;
}

function rangeEnd(text: string | undefined): number | null {
  const trimmed = (text ?? "").trim();
  return trimmed === "" || !Number.isFinite(Number(trimmed)) ? null : Number(trimmed);
}

/** The filter the text box means, for a column of the given DuckDB type. */
export function filterFromText(field: string, op: FilterOp, text: string, columnType: string): ChartFilter {
  const numeric = isNumericType(columnType);
  const boolean = /^BOOL/i.test(columnType);
  switch (op) {
    case "equal":
      return { field, op, value: scalar(text, numeric, boolean) };
    case "lt":
    case "lte":
    case "gt":
    case "gte": {
      const value = scalar(text, numeric, false);
      return { field, op, value: typeof value === "boolean" ? String(value) : value };
    }
    case "range": {
      const [lo, hi] = text.split("..");
      return { field, op, value: [rangeEnd(lo), rangeEnd(hi)] };
    }
    case "oneOf": {
      const parts = text
        .split(",")
        .map((p) => p.trim())
        .filter((p) => p !== "");
      const items = parts.length > 0 ? parts : [""];
      if (numeric && items.every((p) => Number.isFinite(Number(p)))) {
        return { field, op, value: items.map(Number) };
      }
      if (boolean && items.every((p) => p === "true" || p === "false")) {
        return { field, op, value: items.map((p) => p === "true") };
      }
      return { field, op, value: items };
    }
    case "valid":
      return { field, op, value: text.trim() !== "false" };
  }
}

/** What the text box shows for a stored filter (the inverse of filterFromText). */
export function filterText(filter: ChartFilter): string {
  switch (filter.op) {
    case "range":
      return `${filter.value[0] ?? ""}..${filter.value[1] ?? ""}`;
    case "oneOf":
      return filter.value.map(String).join(", ");
    default:
      return String(filter.value);
  }
}

export function setFilters(spec: ChartSpec, filters: ChartFilter[]): ChartSpec {
  const next: ChartSpec = { ...spec };
  if (filters.length === 0) delete next.filters;
  else next.filters = filters;
  return next;
}

/** A filter just added and not filled in yet: the chart waits for its value instead of querying with "". */
export function isIncompleteFilter(filter: ChartFilter): boolean {
  if (filter.op === "oneOf") return filter.value.length === 1 && filter.value[0] === "";
  if (filter.op === "range") return filter.value[0] === null && filter.value[1] === null;
  return filter.value === "";
}
