import { type Table, tableFromIPC } from "apache-arrow";
import type { EngineClient } from "../../../shared/protocol/engine-client.ts";

export const PAGE_ROWS = 200;
const MAX_PAGES = 60;

/**
 * Pages of a materialised result, fetched from the engine as Arrow on demand and kept in a
 * small LRU, so a 10-million-row result scrolls without ever being loaded whole.
 */
export class RowWindowCache {
  private readonly pages = new Map<number, Table>();
  private readonly inFlight = new Set<number>();

  constructor(
    private readonly client: EngineClient,
    private readonly resultId: string | null,
    firstWindow: Uint8Array,
    private readonly onLoaded: () => void,
  ) {
    this.pages.set(0, tableFromIPC(firstWindow));
  }

  /** The row's values by column index, or null while its page is still on the way. */
  row(index: number): Table | null {
    const page = Math.floor(index / PAGE_ROWS);
    const table = this.pages.get(page);
    if (table) {
      this.pages.delete(page);
      this.pages.set(page, table);
      return table;
    }
    return null;
  }

  ensure(firstRow: number, lastRow: number): void {
    if (!this.resultId) return;
    for (let page = Math.floor(firstRow / PAGE_ROWS); page <= Math.floor(lastRow / PAGE_ROWS); page++) {
      if (this.pages.has(page) || this.inFlight.has(page)) continue;
      this.inFlight.add(page);
      this.client
        .call("sql.fetch", { resultId: this.resultId, offset: page * PAGE_ROWS, limit: PAGE_ROWS })
        .then((w) => {
          this.pages.set(page, tableFromIPC(w.arrow));
          while (this.pages.size > MAX_PAGES) this.pages.delete(this.pages.keys().next().value as number);
          this.onLoaded();
        })
        .catch((e: unknown) => console.error(`Fetching rows ${page * PAGE_ROWS}… failed`, e))
        .finally(() => this.inFlight.delete(page));
    }
  }
}
