import type { MethodName } from "../../shared/protocol/methods.ts";
import { tableSources } from "./catalog-provenance.ts";
import { gapHandlers } from "./gap/gap-handlers.ts";
import type { HandlersFor } from "./handler-types.ts";
import { lazyHandlers } from "./lazy-handlers.ts";
import { notebookHandlers } from "./notebook/notebook-handlers.ts";
import { resultHandlers } from "./result-handlers.ts";

const coreHandlers: HandlersFor<
  | "engine.info"
  | "catalog.list"
  | "catalog.provenance"
  | "catalog.functions"
  | "sql.run"
  | "sql.fetch"
  | "sql.release"
> = {
  "engine.info": (engine) => engine.info(),
  "catalog.list": (engine) => engine.listCatalog(),
  "catalog.functions": (engine) =>
    engine.withConnection(async (c) => {
      const r = await c.runAndReadAll(
        "SELECT DISTINCT function_name FROM duckdb_functions() WHERE NOT starts_with(function_name, '__') AND regexp_full_match(function_name, '[a-z_][a-z0-9_]*') ORDER BY 1",
      );
      return { names: r.getRows().map(([n]) => String(n)) };
    }),
  "catalog.provenance": (engine, p) =>
    engine.withConnection(async (c) => ({ sources: await tableSources(c, p.table) })),
  "sql.run": (engine, p, ctx) => engine.runSql(p.sql, { windowSize: p.windowSize, signal: ctx.signal }),
  "sql.fetch": (engine, p) => engine.sql.fetchWindow(p.resultId, p.offset, p.limit),
  "sql.release": async (engine, p) => ({ released: await engine.sql.release(p.resultId) }),
};

const ioHandlers = lazyHandlers(
  ["files.browse", "files.upload", "import.preview", "import.run", "export.table"],
  async () => (await import("./io-handlers.ts")).ioHandlers,
);
const chartHandlers = lazyHandlers(
  ["chart.query", "chart.svg", "chart.pdf"],
  async () => (await import("./charts/chart-handlers.ts")).chartHandlers,
);
const reportHandlers = lazyHandlers(
  ["report.render"],
  async () => (await import("./report/report-handlers.ts")).reportHandlers,
);

/** What each protocol method does on the engine; params arrive already validated. */
export const handlers: HandlersFor<MethodName> = {
  ...coreHandlers,
  ...resultHandlers,
  ...ioHandlers,
  ...notebookHandlers,
  ...chartHandlers,
  ...reportHandlers,
  ...gapHandlers,
};
