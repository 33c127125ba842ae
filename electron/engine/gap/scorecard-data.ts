import {
  type DuckDBConnection,
  type DuckDBType,
  type DuckDBValue,
  LIST,
  listValue,
  VARCHAR,
} from "@duckdb/node-api";
import type { ScorecardRequest } from "../../../shared/gap/scorecard-row.ts";

/** One row of table targets joined with its indicator (indicator columns null when not found). */
export interface TargetRecord {
  readonly targetId: string;
  readonly programme: string | null;
  readonly frameworkId: string | null;
  /** null when the target is not linked to an indicator (nothing to measure it with). */
  readonly indicatorId: string | null;
  readonly unitScope: string | null;
  readonly baselineValue: number | null;
  readonly baselineYear: number | null;
  readonly targetValue: number | null;
  readonly targetYear: number | null;
  /** Raw text of targets.direction. */
  readonly direction: string | null;
  readonly sourceId: string | null;
  readonly indicatorFound: boolean;
  readonly indicatorName: string | null;
  readonly indicatorUnit: string | null;
  /** Raw text of indicators.direction. */
  readonly indicatorDirection: string | null;
  readonly indicatorSourceId: string | null;
}

export interface ObservationRecord {
  readonly unitId: string;
  readonly indicatorId: string;
  readonly year: number;
  readonly value: number;
  readonly sourceId: string | null;
}

export interface UnitRecord {
  readonly unitId: string;
  readonly name: string | null;
}

type Row = Record<string, unknown>;

function text(row: Row, column: string): string | null {
  const v = row[column];
  return v === null || v === undefined ? null : String(v);
}

function num(row: Row, column: string): number | null {
  const v = row[column];
  return typeof v === "number" ? v : null;
}

function strings(xs: readonly string[] | undefined): DuckDBValue {
  return xs === undefined ? null : listValue([...xs]);
}

/** Every list parameter is VARCHAR[]; said explicitly because DuckDB cannot type an empty list. */
function listTypes(values: Record<string, DuckDBValue>): Record<string, DuckDBType> {
  const types: Record<string, DuckDBType> = {};
  for (const name of Object.keys(values)) {
    if (name.endsWith("_ids")) types[name] = LIST(VARCHAR);
  }
  return types;
}

/** Runs a read of the bundled tables; a missing table or column is reported with the query's purpose. */
async function read(
  conn: DuckDBConnection,
  purpose: string,
  sql: string,
  values: Record<string, DuckDBValue>,
) {
  try {
    const reader = await conn.runAndReadAll(sql, values, listTypes(values));
    return reader.getRowObjectsJS() as Row[];
  } catch (e) {
    throw new Error(`Gap scorecard: reading ${purpose} failed: ${(e as Error).message}`);
  }
}

/**
 * Targets matching the request's filters. Framework ids take their descendants along
 * (framework.parent_id), so asking for a goal brings the targets set for its tasks.
 * Table framework is read only when frameworkIds is given.
 */
export async function loadTargets(conn: DuckDBConnection, req: ScorecardRequest): Promise<TargetRecord[]> {
  const byFramework = req.frameworkIds !== undefined;
  const sql = `
    ${
      byFramework
        ? `WITH RECURSIVE wanted_framework(framework_id) AS (
             SELECT framework_id FROM framework WHERE list_contains($framework_ids::VARCHAR[], framework_id)
             UNION
             SELECT f.framework_id FROM framework f JOIN wanted_framework w ON f.parent_id = w.framework_id
           )`
        : ""
    }
    SELECT t.target_id, t.programme, t.framework_id, t.indicator_id, t.unit_scope,
           CAST(t.baseline_value AS DOUBLE) AS baseline_value, CAST(t.baseline_year AS INTEGER) AS baseline_year,
           CAST(t.target_value AS DOUBLE) AS target_value, CAST(t.target_year AS INTEGER) AS target_year,
           t.direction, t.source_id,
           i.indicator_id IS NOT NULL AS indicator_found, i.name_en AS indicator_name, i.unit AS indicator_unit,
           i.direction AS indicator_direction, i.source_id AS indicator_source_id
    FROM targets t
    LEFT JOIN indicators i ON i.indicator_id = t.indicator_id
    WHERE ($target_ids::VARCHAR[] IS NULL OR list_contains($target_ids::VARCHAR[], t.target_id))
      AND ($programme::VARCHAR IS NULL OR t.programme = $programme::VARCHAR)
      ${byFramework ? "AND t.framework_id IN (SELECT framework_id FROM wanted_framework)" : ""}
      AND t.target_id IS NOT NULL
    ORDER BY t.target_id`;
  const values: Record<string, DuckDBValue> = {
    target_ids: strings(req.targetIds),
    programme: req.programme ?? null,
  };
  if (byFramework) values.framework_ids = strings(req.frameworkIds);
  const rows = await read(conn, "tables targets, indicators and framework", sql, values);
  return rows.map((r) => ({
    targetId: String(r.target_id),
    programme: text(r, "programme"),
    frameworkId: text(r, "framework_id"),
    indicatorId: text(r, "indicator_id") || null,
    unitScope: text(r, "unit_scope"),
    baselineValue: num(r, "baseline_value"),
    baselineYear: num(r, "baseline_year"),
    targetValue: num(r, "target_value"),
    targetYear: num(r, "target_year"),
    direction: text(r, "direction"),
    sourceId: text(r, "source_id"),
    indicatorFound: r.indicator_found === true,
    indicatorName: text(r, "indicator_name"),
    indicatorUnit: text(r, "indicator_unit"),
    indicatorDirection: text(r, "indicator_direction"),
    indicatorSourceId: text(r, "indicator_source_id"),
  }));
}

/** Disaggregation columns of the bundled observations; targets concern their "total" rows. */
const BREAKDOWN_COLUMNS = ["sex", "location", "age", "breakdown"] as const;

async function breakdownColumnsPresent(conn: DuckDBConnection): Promise<string[]> {
  const rows = await read(
    conn,
    "the columns of table observations",
    "SELECT name FROM pragma_table_info('observations')",
    {},
  );
  const names = new Set(rows.map((r) => String(r.name)));
  return BREAKDOWN_COLUMNS.filter((c) => names.has(c));
}

/**
 * Headline observations (every breakdown column, where the table has it, = 'total') of the given
 * units and indicators, with a year and a value, up to asOfYear.
 */
export async function loadObservations(
  conn: DuckDBConnection,
  unitIds: readonly string[],
  indicatorIds: readonly string[],
  asOfYear: number | undefined,
): Promise<ObservationRecord[]> {
  const totalsOnly = (await breakdownColumnsPresent(conn)).map((c) => `AND ${c} = 'total'`).join(" ");
  const sql = `
    SELECT unit_id, indicator_id, CAST(year AS INTEGER) AS year, CAST(value AS DOUBLE) AS value, source_id
    FROM observations
    WHERE list_contains($unit_ids::VARCHAR[], unit_id) AND list_contains($indicator_ids::VARCHAR[], indicator_id)
      AND year IS NOT NULL AND value IS NOT NULL ${totalsOnly}
      AND ($as_of::INTEGER IS NULL OR year <= $as_of::INTEGER)
    ORDER BY unit_id, indicator_id, year`;
  const rows = await read(conn, "table observations", sql, {
    unit_ids: listValue([...unitIds]),
    indicator_ids: listValue([...indicatorIds]),
    as_of: asOfYear ?? null,
  });
  return rows.map((r) => ({
    unitId: String(r.unit_id),
    indicatorId: String(r.indicator_id),
    year: num(r, "year")!,
    value: num(r, "value")!,
    sourceId: text(r, "source_id"),
  }));
}

export async function loadUnits(conn: DuckDBConnection, unitIds: readonly string[]): Promise<UnitRecord[]> {
  const rows = await read(
    conn,
    "table units",
    "SELECT unit_id, name_en FROM units WHERE list_contains($unit_ids::VARCHAR[], unit_id)",
    { unit_ids: listValue([...unitIds]) },
  );
  return rows.map((r) => ({ unitId: String(r.unit_id), name: text(r, "name_en") }));
}
