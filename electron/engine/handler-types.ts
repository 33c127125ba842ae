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
