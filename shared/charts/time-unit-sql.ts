import type { TimeUnit } from "./chart-spec.ts";
import { timeUnitParts } from "./vega-lite-default-title.ts";

/**
 * Vega-Lite time units in DuckDB, with vega-time's `timeFloor` semantics (local time):
 * the units present are kept, a missing year becomes 2012 (a leap year starting on a Sunday, as
 * in Vega), a missing month January, a missing day the 1st, missing hours/minutes/seconds 0.
 * "week" is the Sunday-based week of the year (d3 timeWeek, strftime %U) mapped back to its
 * Sunday; "day" is the day of the week mapped into the first week of the (reference) year.
 *
 * Timestamps are read as wall-clock time: DATE, TIMESTAMP and ISO text cast to TIMESTAMP as they
 * are, TIMESTAMP WITH TIME ZONE converts to DuckDB's TimeZone setting (the machine's zone).
 */

const REFERENCE_YEAR = 2012;

/** A temporal field as a wall-clock TIMESTAMP. */
export function timestampSql(columnSql: string): string {
  return `CAST(${columnSql} AS TIMESTAMP)`;
}

/** The truncated wall-clock TIMESTAMP for `unit`, from a TIMESTAMP expression. */
export function timeUnitSql(tsSql: string, unit: TimeUnit): string {
  const parts = new Set(timeUnitParts(unit));
  const year = parts.has("year") ? `year(${tsSql})` : String(REFERENCE_YEAR);
  const month0 = parts.has("month")
    ? `(month(${tsSql}) - 1)`
    : parts.has("quarter")
      ? `(3 * ((month(${tsSql}) - 1) // 3))`
      : "0";
  // vega-time weekday(week, day, firstDay) = day + week * 7 - (firstDay + 6) % 7, a day of January.
  const firstDayOfYear = `dayofweek(make_date(${year}, 1, 1))`;
  const weekOfYear = `CAST(strftime(${tsSql}, '%U') AS INTEGER)`;
  const janOffset = `((${firstDayOfYear} + 6) % 7)`;
  const day = parts.has("week")
    ? parts.has("day")
      ? `(dayofweek(${tsSql}) + ${weekOfYear} * 7 - ${janOffset})`
      : `(${weekOfYear} * 7 - ${janOffset})`
    : parts.has("day")
      ? `(dayofweek(${tsSql}) + 7 - ${janOffset})`
      : parts.has("date")
        ? `dayofmonth(${tsSql})`
        : parts.has("dayofyear")
          ? `dayofyear(${tsSql})`
          : "1";
  const hours = parts.has("hours") ? `hour(${tsSql})` : "0";
  const minutes = parts.has("minutes") ? `minute(${tsSql})` : "0";
  const seconds = parts.has("seconds") ? `second(${tsSql})` : "0";
  // Like JavaScript's new Date(y, m, d), a day outside the month rolls over (0 = day before the 1st).
  const start = `make_timestamp(${year}, ${month0} + 1, 1, ${hours}, ${minutes}, ${seconds})`;
  return day === "1" ? start : `(${start} + to_days(CAST(${day} AS INTEGER) - 1))`;
}

/**
 * A wall-clock TIMESTAMP as epoch milliseconds of that local time (DOUBLE), which is what a Vega
 * view in the same time zone makes of the same date: charts get plain numbers, not Arrow
 * timestamps, and time scales, time units and tooltips need no UTC special-casing.
 */
export function localEpochMsSql(tsSql: string): string {
  return `CAST(epoch_ms(CAST(${tsSql} AS TIMESTAMPTZ)) AS DOUBLE)`;
}
