import type { DuckDBConnection, DuckDBType, DuckDBValue } from "@duckdb/node-api";
import { LIST, listValue, VARCHAR } from "@duckdb/node-api";
import type { MethodId } from "../../../shared/gap/gap-types.ts";
import { FLAG_DOCS, METHOD_DOCS } from "../../../shared/gap/method-docs.ts";
import type {
  CategoryDocWire,
  FrameworkNode,
  GapIndicator,
  GapTargetInfo,
  GapUnit,
  MethodDocWire,
} from "../../../shared/protocol/methods-gap.ts";
import { type DbRow, numberOf, readRows, textOf } from "./db-row-values.ts";

const METHOD_ORDER: readonly MethodId[] = ["eurostat", "escap", "german"];

/** METHOD_DOCS in the wire shape: categories as a list in the docs' order (best first). */
export function methodDocsWire(): MethodDocWire[] {
  return METHOD_ORDER.map((id) => {
    const doc = METHOD_DOCS[id];
    return {
      id,
      name: doc.name,
      question: doc.question,
      formula: [...doc.formula],
      categories: Object.entries(doc.categories).map(([status, c]) => ({
        id: status,
        label: (c as CategoryDocWire).label,
        rule: (c as CategoryDocWire).rule,
      })),
      lowerIsBetter: doc.lowerIsBetter,
      minimumData: doc.minimumData,
      workbenchChoices: [...doc.workbenchChoices],
      sources: doc.sources.map((s) => ({ ...s })),
    };
  });
}

export function flagDocsWire(): CategoryDocWire[] {
  return Object.entries(FLAG_DOCS).map(([id, d]) => ({ id, label: d.label, rule: d.rule }));
}

function targetInfo(r: DbRow): GapTargetInfo {
  return {
    targetId: String(r.target_id),
    programme: textOf(r, "programme"),
    frameworkId: textOf(r, "framework_id"),
    indicatorId: textOf(r, "indicator_id") || null,
    indicatorName: textOf(r, "indicator_name"),
    indicatorUnit: textOf(r, "indicator_unit"),
    unitScope: textOf(r, "unit_scope"),
    baselineValue: numberOf(r, "baseline_value"),
    baselineYear: numberOf(r, "baseline_year"),
    targetValue: numberOf(r, "target_value"),
    targetYear: numberOf(r, "target_year"),
    direction: textOf(r, "direction"),
    sourceId: textOf(r, "source_id"),
    isUser: r.is_user === true,
    targetText: textOf(r, "target_text"),
    unit: textOf(r, "unit"),
    note: textOf(r, "note"),
  };
}

/** Rows of main.targets with their indicator's name and unit; all, or those with the given ids. */
export async function readTargets(
  conn: DuckDBConnection,
  targetIds?: readonly string[],
): Promise<GapTargetInfo[]> {
  const values: Record<string, DuckDBValue> = {};
  const types: Record<string, DuckDBType> = {};
  if (targetIds) {
    values.ids = listValue([...targetIds]);
    types.ids = LIST(VARCHAR);
  }
  const rows = await readRows(
    conn,
    `SELECT t.target_id, t.programme, t.framework_id, t.indicator_id, t.unit_scope,
            CAST(t.baseline_value AS DOUBLE) AS baseline_value, CAST(t.baseline_year AS INTEGER) AS baseline_year,
            CAST(t.target_value AS DOUBLE) AS target_value, CAST(t.target_year AS INTEGER) AS target_year,
            t.direction, t.source_id, t.is_user, t.target_text, t.unit, t.note,
            i.name_en AS indicator_name, i.unit AS indicator_unit
       FROM main.targets t LEFT JOIN main.indicators i USING (indicator_id)
      ${targetIds ? "WHERE list_contains($ids, t.target_id)" : ""}
      ORDER BY t.is_user, t.target_id`,
    values,
    types,
  );
  return rows.map(targetInfo);
}

async function readFramework(conn: DuckDBConnection): Promise<FrameworkNode[]> {
  const rows = await readRows(
    conn,
    "SELECT framework_id, kind, parent_id, number, name_en FROM main.framework ORDER BY kind, framework_id",
  );
  return rows.map((r) => ({
    frameworkId: String(r.framework_id),
    kind: textOf(r, "kind"),
    parentId: textOf(r, "parent_id"),
    number: textOf(r, "number"),
    name: textOf(r, "name_en"),
  }));
}

/** Units in the order a picker shows them: country, oblasts and cities, districts, towns. */
async function readUnits(conn: DuckDBConnection): Promise<GapUnit[]> {
  const rows = await readRows(
    conn,
    `SELECT unit_id, name_en, unit_type, parent_id FROM main.units
      ORDER BY CASE unit_type WHEN 'country' THEN 0 WHEN 'oblast' THEN 1 WHEN 'city' THEN 1
                              WHEN 'district' THEN 2 ELSE 3 END, name_en`,
  );
  return rows.map((r) => ({
    unitId: String(r.unit_id),
    name: textOf(r, "name_en"),
    unitType: textOf(r, "unit_type"),
    parentId: textOf(r, "parent_id"),
  }));
}

export async function readIndicators(conn: DuckDBConnection, indicatorId?: string): Promise<GapIndicator[]> {
  const rows = await readRows(
    conn,
    `SELECT indicator_id, name_en, unit, direction, CAST(value_min AS DOUBLE) AS value_min,
            CAST(value_max AS DOUBLE) AS value_max FROM main.indicators
      ${indicatorId === undefined ? "" : "WHERE indicator_id = $id"} ORDER BY name_en`,
    indicatorId === undefined ? {} : { id: indicatorId },
  );
  return rows.map((r) => ({
    indicatorId: String(r.indicator_id),
    name: textOf(r, "name_en"),
    unit: textOf(r, "unit"),
    direction: textOf(r, "direction"),
    valueMin: numberOf(r, "value_min"),
    valueMax: numberOf(r, "value_max"),
  }));
}

export async function loadGapOptions(conn: DuckDBConnection) {
  return {
    targets: await readTargets(conn),
    framework: await readFramework(conn),
    units: await readUnits(conn),
    indicators: await readIndicators(conn),
    methods: methodDocsWire(),
    flags: flagDocsWire(),
  };
}
