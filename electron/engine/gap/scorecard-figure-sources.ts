import type { DuckDBConnection } from "@duckdb/node-api";
import { LIST, listValue, VARCHAR } from "@duckdb/node-api";
import type { MethodId } from "../../../shared/gap/gap-types.ts";
import type { ScorecardRowOf } from "../../../shared/gap/scorecard-row.ts";
import type { SourceRecord } from "../../../shared/protocol/methods.ts";
import type { GapTargetInfo, ScorecardRowWire } from "../../../shared/protocol/methods-gap.ts";
import { readRows, textOf } from "./db-row-values.ts";
import { mainTableExists } from "./gap-tables.ts";
import type { ObservationRecord } from "./scorecard-data.ts";

const unique = (ids: readonly (string | null)[]) => [
  ...new Set(ids.filter((id): id is string => id !== null && id !== "")),
];

function observedSources(
  observations: readonly ObservationRecord[],
  unitId: string,
  indicatorId: string | null,
  year: number | null,
): string[] {
  if (indicatorId === null || year === null) return [];
  return unique(
    observations
      .filter((o) => o.unitId === unitId && o.indicatorId === indicatorId && o.year === year)
      .map((o) => o.sourceId),
  );
}

/**
 * A scorecard row on the wire, with the source rows behind each figure: the latest value's
 * observations; the baseline's (the target's printed baseline, or the observations it came
 * from); the target's row.
 */
export function withFigureSources(
  row: ScorecardRowOf<MethodId>,
  target: GapTargetInfo | undefined,
  observations: readonly ObservationRecord[],
): ScorecardRowWire {
  const printedBaseline =
    target !== undefined &&
    target.baselineValue !== null &&
    target.baselineValue === row.baselineValue &&
    target.baselineYear === row.baselineYear;
  return {
    ...row,
    flags: [...row.flags],
    sourceIds: [...row.sourceIds],
    issues: row.issues.map((i) => ({ ...i })),
    isUserTarget: target?.isUser ?? false,
    figureSources: {
      latest: observedSources(observations, row.unitId, row.indicatorId, row.latestYear),
      baseline: printedBaseline
        ? unique([target.sourceId])
        : observedSources(observations, row.unitId, row.indicatorId, row.baselineYear),
      target: unique([target?.sourceId ?? null]),
    },
  } as ScorecardRowWire;
}

/** The rows of table sources with these ids (none when the table is missing). */
export async function lookUpSources(conn: DuckDBConnection, ids: readonly string[]): Promise<SourceRecord[]> {
  if (ids.length === 0 || !(await mainTableExists(conn, "sources"))) return [];
  const rows = await readRows(
    conn,
    `SELECT source_id, publisher, title, url, CAST(retrieved AS VARCHAR) AS retrieved, licence, note
       FROM main.sources WHERE list_contains($ids, source_id) ORDER BY source_id`,
    { ids: listValue([...ids]) },
    { ids: LIST(VARCHAR) },
  );
  return rows.map((r) => ({
    sourceId: String(r.source_id),
    publisher: textOf(r, "publisher"),
    title: textOf(r, "title"),
    url: textOf(r, "url"),
    retrieved: textOf(r, "retrieved"),
    licence: textOf(r, "licence"),
    note: textOf(r, "note"),
  }));
}
