import { tableFromIPC } from "apache-arrow";
import type { EngineClient } from "../../../shared/protocol/engine-client.ts";
import { formatValue } from "./format-value.ts";
import { type Bounds, toTsv } from "./grid-selection.ts";

/** The most rows one copy takes; beyond that, export the result instead. */
export const MAX_COPY_ROWS = 100_000;

/** Fetches the selected rows from the engine (they may not be on screen) and returns TSV. */
export async function selectionAsTsv(
  client: EngineClient,
  resultId: string,
  bounds: Bounds,
  columnNames: string[],
): Promise<string> {
  const bottom = Math.min(bounds.bottom, bounds.top + MAX_COPY_ROWS - 1);
  const rows: string[][] = [];
  for (let offset = bounds.top; offset <= bottom; offset += 10_000) {
    const limit = Math.min(10_000, bottom - offset + 1);
    const w = await client.call("sql.fetch", { resultId, offset, limit });
    const table = tableFromIPC(w.arrow);
    for (let r = 0; r < table.numRows; r++) {
      const row: string[] = [];
      for (let c = bounds.left; c <= bounds.right; c++) {
        const shown = formatValue(table.getChildAt(c)?.get(r), table.schema.fields[c]!.type);
        row.push(shown.isNull ? "" : shown.text);
      }
      rows.push(row);
    }
  }
  const whole = bounds.bottom - bounds.top > 0 || bounds.right - bounds.left > 0;
  return toTsv(whole ? columnNames.slice(bounds.left, bounds.right + 1) : null, rows);
}
