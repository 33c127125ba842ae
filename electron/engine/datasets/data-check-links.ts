import type { DuckDBConnection } from "@duckdb/node-api";
import { type DataWarning, OBSERVATION_KEY_SQL, queryRows } from "./data-warning.ts";

/**
 * Reference checks: every row has a source that exists, and every unit, indicator and
 * framework id a row points to is in its dictionary.
 */

interface LinkedTable {
  table: string;
  keySql: string;
}

const WITH_SOURCE: LinkedTable[] = [
  { table: "observations", keySql: OBSERVATION_KEY_SQL },
  { table: "units", keySql: "unit_id" },
  { table: "indicators", keySql: "indicator_id" },
  { table: "framework", keySql: "framework_id" },
  { table: "targets", keySql: "target_id" },
];

interface ForeignKey {
  check: string;
  table: string;
  keySql: string;
  column: string;
  refTable: string;
  refColumn: string;
  what: string;
}

const FOREIGN_KEYS: ForeignKey[] = [
  {
    check: "unknown_unit",
    table: "observations",
    keySql: OBSERVATION_KEY_SQL,
    column: "unit_id",
    refTable: "units",
    refColumn: "unit_id",
    what: "unit_id",
  },
  {
    check: "unknown_unit",
    table: "targets",
    keySql: "target_id",
    column: "unit_scope",
    refTable: "units",
    refColumn: "unit_id",
    what: "unit_scope",
  },
  {
    check: "unknown_unit",
    table: "units",
    keySql: "unit_id",
    column: "parent_id",
    refTable: "units",
    refColumn: "unit_id",
    what: "parent_id",
  },
  {
    check: "unknown_indicator",
    table: "observations",
    keySql: OBSERVATION_KEY_SQL,
    column: "indicator_id",
    refTable: "indicators",
    refColumn: "indicator_id",
    what: "indicator_id",
  },
  {
    check: "unknown_indicator",
    table: "targets",
    keySql: "target_id",
    column: "indicator_id",
    refTable: "indicators",
    refColumn: "indicator_id",
    what: "indicator_id",
  },
  {
    check: "broken_framework_link",
    table: "framework",
    keySql: "framework_id",
    column: "parent_id",
    refTable: "framework",
    refColumn: "framework_id",
    what: "parent_id",
  },
  {
    check: "broken_framework_link",
    table: "targets",
    keySql: "target_id",
    column: "framework_id",
    refTable: "framework",
    refColumn: "framework_id",
    what: "framework_id",
  },
  {
    check: "broken_framework_link",
    table: "indicators",
    keySql: "indicator_id",
    column: "taza_koom_ref",
    refTable: "framework",
    refColumn: "framework_id",
    what: "taza_koom_ref",
  },
];

async function missingSources(conn: DuckDBConnection): Promise<DataWarning[]> {
  const warnings: DataWarning[] = [];
  for (const t of WITH_SOURCE) {
    const rows = await queryRows(
      conn,
      `SELECT ${t.keySql} AS key FROM main.${t.table} WHERE source_id IS NULL OR trim(source_id) = '' ORDER BY key`,
    );
    for (const r of rows) {
      warnings.push({
        check: "missing_source",
        table: t.table,
        key: String(r.key),
        message: `${t.table} row ${r.key} has no source_id: every bundled row must say where it comes from`,
      });
    }
    const unknown = await queryRows(
      conn,
      `SELECT ${t.keySql} AS key, source_id FROM main.${t.table} t
       WHERE source_id IS NOT NULL AND trim(source_id) <> ''
         AND NOT EXISTS (SELECT 1 FROM main.sources s WHERE s.source_id = t.source_id) ORDER BY key`,
    );
    for (const r of unknown) {
      warnings.push({
        check: "unknown_source",
        table: t.table,
        key: String(r.key),
        message: `${t.table} row ${r.key}: source_id '${r.source_id}' is not in table sources`,
      });
    }
  }
  return warnings;
}

async function brokenReferences(conn: DuckDBConnection): Promise<DataWarning[]> {
  const warnings: DataWarning[] = [];
  for (const fk of FOREIGN_KEYS) {
    const rows = await queryRows(
      conn,
      `SELECT ${fk.keySql} AS key, ${fk.column} AS ref FROM main.${fk.table} t
       WHERE ${fk.column} IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM main.${fk.refTable} r WHERE r.${fk.refColumn} = t.${fk.column}) ORDER BY key`,
    );
    for (const r of rows) {
      warnings.push({
        check: fk.check,
        table: fk.table,
        key: String(r.key),
        message: `${fk.table} row ${r.key}: ${fk.what} '${r.ref}' is not in table ${fk.refTable}`,
      });
    }
  }
  return warnings;
}

export async function checkLinks(conn: DuckDBConnection): Promise<DataWarning[]> {
  return [...(await missingSources(conn)), ...(await brokenReferences(conn))];
}
