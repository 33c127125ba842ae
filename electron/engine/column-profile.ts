import type { ColumnProfile } from "../../shared/protocol/methods-results.ts";
import type { Engine } from "./engine.ts";
import { EngineError } from "./engine-error.ts";
import { quoteIdent, resultColumns, resultTable } from "./result-table.ts";

const NUMERIC =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|DECIMAL)/;
const TEMPORAL = /^(DATE|TIMESTAMP)/;
const BINS = 20;

/** A small profile of one column, computed by DuckDB over the whole result. */
export function profileColumn(engine: Engine, resultId: string, column: string): Promise<ColumnProfile> {
  return engine.withConnection(async (conn) => {
    const table = await resultTable(conn, resultId);
    const type = (await resultColumns(conn, resultId)).get(column);
    if (!type) throw new EngineError("invalid_params", `Result ${resultId} has no column "${column}".`);
    const c = quoteIdent(column);
    const basics = await conn.runAndReadAll(
      `SELECT count(*), count(*) - count(${c}), approx_count_distinct(${c}), min(${c})::VARCHAR, max(${c})::VARCHAR FROM ${table}`,
    );
    const [rows, nulls, distinct, min, max] = basics.getRows()[0]!;
    const profile: ColumnProfile = {
      column,
      type,
      rows: Number(rows),
      nulls: Number(nulls),
      distinct: Number(distinct),
      min: min === null ? null : String(min),
      max: max === null ? null : String(max),
      histogram: [],
      topValues: [],
    };
    if (NUMERIC.test(type) || TEMPORAL.test(type)) {
      // Equal-width bins over the numeric value (epoch seconds for dates and timestamps).
      const v = TEMPORAL.test(type) ? `epoch(${c})` : `${c}::DOUBLE`;
      const h = await conn.runAndReadAll(`
        WITH b AS (SELECT min(${v}) lo, max(${v}) hi FROM ${table}),
             v AS (SELECT least(${BINS - 1}, floor((${v} - b.lo) / nullif(b.hi - b.lo, 0) * ${BINS}))::INTEGER AS bin
                     FROM ${table}, b WHERE ${c} IS NOT NULL)
        SELECT coalesce(bin, 0) AS bin, b.lo + (b.hi - b.lo) * coalesce(bin, 0) / ${BINS} AS lo,
               b.lo + (b.hi - b.lo) * (coalesce(bin, 0) + 1) / ${BINS} AS hi, count(*) AS n
          FROM v, b GROUP BY ALL ORDER BY 1`);
      profile.histogram = h
        .getRows()
        .map(([, lo, hi, n]) => ({ lo: Number(lo), hi: Number(hi), count: Number(n) }));
    } else {
      const top = await conn.runAndReadAll(
        `SELECT ${c}::VARCHAR AS v, count(*) AS n FROM ${table} WHERE ${c} IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10`,
      );
      profile.topValues = top.getRows().map(([v, n]) => ({ value: String(v), count: Number(n) }));
    }
    return profile;
  });
}
