import type { DuckDBConnection } from "@duckdb/node-api";
import type { MethodId } from "../../../shared/gap/gap-types.ts";
import type { ScorecardRequest, ScorecardRowOf } from "../../../shared/gap/scorecard-row.ts";
import { NATIONAL_UNIT_ID } from "../../../shared/gap/target-scope.ts";
import { loadObservations, loadTargets, loadUnits, type ObservationRecord } from "./scorecard-data.ts";
import { scorecardRow } from "./scorecard-row-build.ts";

/**
 * Where each requested unit stands against each selected target, assessed with one method.
 * A target applies to the unit it was set for and, when national (unit_scope "kg"), to every
 * requested unit (flagged on sub-national units). Targets without an indicator or a target year
 * still get a row ("not_assessable") so the scorecard shows every target selected. Rows come in
 * the order of req.unitIds, then by target_id. Problems in the tables are reported on the row
 * (issues), never thrown; a missing table or column is thrown with DuckDB's message naming it.
 */
export async function computeScorecard<M extends MethodId>(
  conn: DuckDBConnection,
  req: ScorecardRequest & { readonly method: M },
): Promise<ScorecardRowOf<M>[]> {
  const unitIds = [...new Set(req.unitIds)];
  if (unitIds.length === 0) return [];
  const targets = await loadTargets(conn, req);
  if (targets.length === 0) return [];
  const indicatorIds = [...new Set(targets.flatMap((t) => (t.indicatorId === null ? [] : [t.indicatorId])))];
  const observations = await loadObservations(conn, unitIds, indicatorIds, req.asOfYear);
  const units = new Map((await loadUnits(conn, unitIds)).map((u) => [u.unitId, u.name]));

  const seriesOf = new Map<string, ObservationRecord[]>();
  for (const o of observations) {
    const key = `${o.unitId}\u0000${o.indicatorId}`;
    seriesOf.set(key, [...(seriesOf.get(key) ?? []), o]);
  }
  const rows: ScorecardRowOf<M>[] = [];
  for (const unitId of unitIds) {
    for (const t of targets) {
      const scope = t.unitScope ?? NATIONAL_UNIT_ID;
      if (scope !== unitId && scope !== NATIONAL_UNIT_ID) continue;
      rows.push(
        scorecardRow(req.method, t, {
          unitId,
          unitName: units.get(unitId) ?? null,
          unitKnown: units.has(unitId),
          observations: seriesOf.get(`${unitId}\u0000${t.indicatorId}`) ?? [],
          asOfYear: req.asOfYear,
        }),
      );
    }
  }
  return rows;
}
