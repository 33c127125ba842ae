import type { ChartFieldDef, TimeUnit } from "./chart-spec.ts";

/** Vega-Lite's `config.countTitle` default. */
const COUNT_TITLE = "Count of Records";

/** Vega-Lite's time unit parts in its own order (timeunit.ts `TIMEUNIT_PARTS`). */
const TIME_UNIT_PARTS = [
  "year",
  "quarter",
  "month",
  "week",
  "day",
  "dayofyear",
  "date",
  "hours",
  "minutes",
  "seconds",
] as const;
export type TimeUnitPart = (typeof TIME_UNIT_PARTS)[number];

/** "yearmonthdate" -> ["year", "month", "date"], the way vega-lite's getTimeUnitParts reads it. */
export function timeUnitParts(unit: TimeUnit): TimeUnitPart[] {
  return TIME_UNIT_PARTS.filter((part) => containsTimeUnit(unit, part));
}

function containsTimeUnit(unit: string, part: TimeUnitPart): boolean {
  const index = unit.indexOf(part);
  if (index < 0) return false;
  // "dayofyear" contains "day" and "year" but is neither the day-of-week nor the year unit.
  if (part === "day" && unit.startsWith("dayofyear", index)) return false;
  if (part === "year" && index > 0 && unit.slice(0, index).endsWith("dayof")) return false;
  return true;
}

/**
 * The title Vega-Lite gives a field definition when none is set (channeldef.ts
 * verbalTitleFormatter), so that charts drawn from DuckDB-aggregated rows read like the original.
 */
export function vegaLiteDefaultTitle(def: ChartFieldDef): string {
  const field = def.field ?? "";
  if (def.aggregate === "count") return COUNT_TITLE;
  if (def.bin !== undefined && def.bin !== false) return `${field} (binned)`;
  if (def.timeUnit !== undefined) return `${field} (${timeUnitParts(def.timeUnit).join("-")})`;
  if (def.aggregate !== undefined)
    return `${def.aggregate[0]?.toUpperCase()}${def.aggregate.slice(1)} of ${field}`;
  return field;
}
