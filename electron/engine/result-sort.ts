import type { ColumnInfo, RowWindow } from "../../shared/protocol/common-schemas.ts";
import { arrowFromResult } from "./arrow/arrow-from-duckdb.ts";
import type { Engine } from "./engine.ts";
import { EngineError } from "./engine-error.ts";
import { quoteIdent, resultColumns, resultTable } from "./result-table.ts";
import { RESULTS_DB } from "./results-db.ts";

export interface SortKey {
  column: string;
  descending: boolean;
}

export interface SortedResult {
  resultId: string;
  columns: ColumnInfo[];
  rowCount: number;
  elapsedMs: number;
  window: RowWindow;
}

/**
 * Sorting is DuckDB's job: the result is materialised once more in the asked order (as
 * `<id>__sorted`), so scrolling a sorted 10-million-row result stays a cheap window fetch.
 */
export function sortResult(
  engine: Engine,
  resultId: string,
  by: SortKey[],
  windowSize: number,
): Promise<SortedResult> {
  return engine.withConnection(async (conn) => {
    const base = resultId.replace(/__sorted$/, "");
    const source = await resultTable(conn, base);
    const columns = await resultColumns(conn, base);
    for (const key of by) {
      if (!columns.has(key.column))
        throw new EngineError("invalid_params", `Result ${base} has no column "${key.column}".`);
    }
    const started = performance.now();
    const sortedId = `${base}__sorted`;
    const target = `${RESULTS_DB}.main.${quoteIdent(sortedId)}`;
    if (by.length === 0) {
      await conn.run(`DROP TABLE IF EXISTS ${target}`);
    } else {
      const order = by
        .map((k) => `${quoteIdent(k.column)} ${k.descending ? "DESC" : "ASC"} NULLS LAST`)
        .join(", ");
      await conn.run(`CREATE OR REPLACE TABLE ${target} AS SELECT * FROM ${source} ORDER BY ${order}`);
    }
    const shownId = by.length === 0 ? base : sortedId;
    const shown = by.length === 0 ? source : target;
    const count = await conn.runAndReadAll(`SELECT count(*) FROM ${shown}`);
    const first = await conn.run(`SELECT * FROM ${shown} LIMIT ${windowSize}`);
    const { ipc, rowCount } = await arrowFromResult(first);
    return {
      resultId: shownId,
      columns: [...columns].map(([name, type]) => ({ name, type })),
      rowCount: Number(count.getRows()[0]?.[0] ?? 0),
      elapsedMs: performance.now() - started,
      window: { offset: 0, rowCount, arrow: ipc },
    };
  });
}
