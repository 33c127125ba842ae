import { profileColumn } from "./column-profile.ts";
import type { HandlersFor } from "./handler-types.ts";
import { sortResult } from "./result-sort.ts";

export const resultHandlers: HandlersFor<"result.sort" | "result.profile"> = {
  "result.sort": (engine, p) => sortResult(engine, p.resultId, p.by, p.windowSize ?? 200),
  "result.profile": (engine, p) => profileColumn(engine, p.resultId, p.column),
};
