import type { MethodName, ParamsOf, ResultOf } from "../../shared/protocol/methods.ts";
import type { Engine } from "./engine.ts";

export interface CallContext {
  signal: AbortSignal;
  progress: (fraction: number | null, message?: string) => void;
}

type Handler<M extends MethodName> = (
  engine: Engine,
  params: ParamsOf<M>,
  ctx: CallContext,
) => Promise<ResultOf<M>>;
export type HandlerTable = { [M in MethodName]: Handler<M> };

/** What each protocol method does on the engine; params arrive already validated. */
export const handlers: HandlerTable = {
  "engine.info": (engine) => engine.info(),
  "catalog.list": (engine) => engine.listCatalog(),
  "sql.run": (engine, p, ctx) => engine.runSql(p.sql, { windowSize: p.windowSize, signal: ctx.signal }),
  "sql.fetch": (engine, p) => engine.sql.fetchWindow(p.resultId, p.offset, p.limit),
  "sql.release": async (engine, p) => ({ released: await engine.sql.release(p.resultId) }),
};
