import type { DuckDBConnection } from "@duckdb/node-api";
import type { Engine } from "../engine.ts";
import { EngineError } from "../engine-error.ts";
import type { HandlersFor } from "../handler-types.ts";
import { loadGapOptions, readIndicators, readTargets } from "./gap-options.ts";
import { serializedFor } from "./gap-store-lock.ts";
import { ensureGapTables } from "./gap-tables.ts";
import { deleteAction, listActions, upsertAction } from "./roadmap-actions.ts";
import { computeScorecard } from "./scorecard.ts";
import { loadObservations } from "./scorecard-data.ts";
import { lookUpSources, withFigureSources } from "./scorecard-figure-sources.ts";
import { deleteUserTarget, syncUserTargets, upsertUserTarget } from "./user-targets.ts";

/**
 * Every gap method runs on its own connection, one at a time per engine, after making sure the
 * gap tables exist and the user's targets are in main.targets (see gap-tables.ts).
 */
function withGapStore<T>(engine: Engine, work: (conn: DuckDBConnection) => Promise<T>): Promise<T> {
  return serializedFor(engine, () =>
    engine.withConnection(async (conn) => {
      await ensureGapTables(conn);
      await syncUserTargets(conn);
      return work(conn);
    }),
  );
}

type GapMethod =
  | "gap.options"
  | "gap.scorecard"
  | "gap.series"
  | "gap.targets.upsert"
  | "gap.targets.delete"
  | "gap.actions.list"
  | "gap.actions.upsert"
  | "gap.actions.delete";

export const gapHandlers: HandlersFor<GapMethod> = {
  "gap.options": (engine) => withGapStore(engine, loadGapOptions),

  "gap.scorecard": (engine, p) =>
    withGapStore(engine, async (conn) => {
      const rows = await computeScorecard(conn, p);
      const indicatorIds = [...new Set(rows.flatMap((r) => (r.indicatorId === null ? [] : [r.indicatorId])))];
      const observations = await loadObservations(conn, p.unitIds, indicatorIds, p.asOfYear);
      const targets = new Map(
        (await readTargets(conn, [...new Set(rows.map((r) => r.targetId))])).map((t) => [t.targetId, t]),
      );
      const wire = rows.map((r) => withFigureSources(r, targets.get(r.targetId), observations));
      const ids = new Set(
        wire.flatMap((r) => [
          ...r.sourceIds,
          ...r.figureSources.latest,
          ...r.figureSources.baseline,
          ...r.figureSources.target,
        ]),
      );
      return { method: p.method, rows: wire, sources: await lookUpSources(conn, [...ids]) };
    }),

  "gap.series": (engine, p) =>
    withGapStore(engine, async (conn) => {
      const [indicator] = await readIndicators(conn, p.indicatorId);
      if (!indicator) {
        throw new EngineError(
          "not_found",
          `Indicator "${p.indicatorId}" is not in table indicators.`,
          undefined,
          "table indicators",
        );
      }
      const points = await loadObservations(conn, p.unitIds, [p.indicatorId], p.asOfYear);
      return {
        indicator,
        points: points.map((o) => ({ unitId: o.unitId, year: o.year, value: o.value, sourceId: o.sourceId })),
      };
    }),

  "gap.targets.upsert": (engine, p) =>
    withGapStore(engine, async (conn) => ({ target: await upsertUserTarget(conn, p.target) })),

  "gap.targets.delete": (engine, p) => withGapStore(engine, (conn) => deleteUserTarget(conn, p.targetId)),

  "gap.actions.list": (engine) =>
    withGapStore(engine, async (conn) => ({ actions: await listActions(conn) })),

  "gap.actions.upsert": (engine, p) =>
    withGapStore(engine, async (conn) => ({ action: await upsertAction(conn, p.action) })),

  "gap.actions.delete": (engine, p) =>
    withGapStore(engine, async (conn) => ({ deleted: await deleteAction(conn, p.actionId) })),
};
