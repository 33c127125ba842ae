import type { EngineClient } from "../../shared/protocol/engine-client.ts";

/** Drops the results a benchmark created (untimed), so memory does not grow run by run. */
export async function releaseAll(client: EngineClient, resultIds: string[]): Promise<void> {
  for (const resultId of resultIds.splice(0)) await client.call("sql.release", { resultId });
}
