import type { MethodName } from "../../shared/protocol/methods.ts";
import type { Handler, HandlersFor } from "./handler-types.ts";

/**
 * Handlers whose module is loaded on first use. Import, export, charts and reports pull in
 * large libraries (exceljs, vega, pdfkit, docx); loading them at start would slow every
 * launch for work most sessions do later or never.
 */
export function lazyHandlers<K extends MethodName>(
  names: readonly K[],
  load: () => Promise<HandlersFor<K>>,
): HandlersFor<K> {
  let loaded: Promise<HandlersFor<K>> | null = null;
  const out = {} as Record<K, Handler<K>>;
  for (const name of names) {
    out[name] = (async (engine, params, ctx) => {
      loaded ??= load();
      const handler = (await loaded)[name] as Handler<K>;
      return handler(engine, params, ctx);
    }) as Handler<K>;
  }
  return out as HandlersFor<K>;
}
