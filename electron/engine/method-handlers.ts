import type { MethodName, ParamsOf, ResultOf } from "../../shared/protocol/methods.ts";
import type { Engine } from "./engine.ts";

export interface CallContext {
  signal: AbortSignal;
  progress: (fraction: number | null, message?: string) => void;
}

export type Handler<M extends MethodName> = (
  engine: Engine,
  params: ParamsOf<M>,
  ctx: CallContext,
) => Promise<ResultOf<M>>;
/** Handlers for a subset of the methods (one area's file). */
export type HandlersFor<K extends MethodName> = { [M in K]: Handler<M> };

const coreHandlers: HandlersFor<"engine.info" | "catalog.list" | "sql.run" | "sql.fetch" | "sql.release"> = {
  "engine.info": (engine) => engine.info(),
  "catalog.list": (engine) => engine.listCatalog(),
  "sql.run": (engine, p, ctx) => engine.runSql(p.sql, { windowSize: p.windowSize, signal: ctx.signal }),
  "sql.fetch": (engine, p) => engine.sql.fetchWindow(p.resultId, p.offset, p.limit),
  "sql.release": async (engine, p) => ({ released: await engine.sql.release(p.resultId) }),
};

/** What each protocol method does on the engine; params arrive already validated. */
export const handlers: HandlersFor<MethodName> = { ...coreHandlers };
