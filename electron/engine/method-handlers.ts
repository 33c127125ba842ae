import type { MethodName } from "../../shared/protocol/methods.ts";
import { tableSources } from "./catalog-provenance.ts";
import type { HandlersFor } from "./handler-types.ts";
import { ioHandlers } from "./io-handlers.ts";
import { notebookHandlers } from "./notebook/notebook-handlers.ts";
import { resultHandlers } from "./result-handlers.ts";

const coreHandlers: HandlersFor<
  "engine.info" | "catalog.list" | "catalog.provenance" | "sql.run" | "sql.fetch" | "sql.release"
> = {
  "engine.info": (engine) => engine.info(),
  "catalog.list": (engine) => engine.listCatalog(),
  "catalog.provenance": (engine, p) =>
    engine.withConnection(async (c) => ({ sources: await tableSources(c, p.table) })),
  "sql.run": (engine, p, ctx) => engine.runSql(p.sql, { windowSize: p.windowSize, signal: ctx.signal }),
  "sql.fetch": (engine, p) => engine.sql.fetchWindow(p.resultId, p.offset, p.limit),
  "sql.release": async (engine, p) => ({ released: await engine.sql.release(p.resultId) }),
};

/** What each protocol method does on the engine; params arrive already validated. */
export const handlers: HandlersFor<MethodName> = {
  ...coreHandlers,
  ...resultHandlers,
  ...ioHandlers,
  ...notebookHandlers,
};
