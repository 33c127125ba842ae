import { type DuckDBConnection, LIST, listValue, VARCHAR } from "@duckdb/node-api";
import type { SourceRef } from "../../../shared/report/report-model.ts";
import { fillString, REPORT_STRINGS_EN } from "../../../shared/report/report-strings.ts";
import { quoteIdent } from "../import/sql-quote.ts";

export interface ReportProvenance {
  synthetic: boolean;
  sources: SourceRef[];
}

/** Sources listed one by one under a figure; past this they are counted. */
const MAX_LISTED_SOURCES = 10;
/** A table recorded with more sources than this is cited as a whole, not source by source. */
const MAX_TABLE_SOURCES = 5;
/** Columns that carry a row's source id, as the bundled data and the starter notebook name them. */
const SOURCE_COLUMN = /^(.*_)?source(_id)?$/i;

/** What a table was computed from: cell results upstream of it, and the catalog tables at the root. */
export interface Lineage {
  cells: readonly string[];
  catalog: readonly string[];
}

/**
 * Where the rows of a figure or table come from, and whether any of it is synthetic.
 *
 * `shown` is the table the figure or table draws (a cell result or a catalog table), read by
 * bare name. Sources come, most precise first, from the source-id columns of `shown` (the
 * bundled data keeps one on every row, and the starter notebook carries it along), else from
 * those of the cell results it was computed from, else from the provenance recorded for the
 * catalog tables at its root. Synthetic: any of those tables recorded as synthetic, or named so.
 */
export async function reportProvenance(
  conn: DuckDBConnection,
  shown: string,
  lineage: Lineage,
): Promise<ReportProvenance> {
  const metaPresent = await hasTable(conn, "workbench_meta", "table_meta");
  const sourcesPresent = await hasTable(conn, "main", "sources");
  const meta = metaPresent ? await tableMeta(conn, [shown, ...lineage.catalog]) : [];
  const names = [shown, ...lineage.cells, ...lineage.catalog];
  const synthetic = names.some((t) => /synthetic/i.test(t)) || meta.some((m) => m.synthetic);
  if (!sourcesPresent) return { synthetic, sources: [] };
  const fromRows = (await rowSources(conn, [shown])) ?? (await rowSources(conn, lineage.cells));
  if (fromRows !== undefined && fromRows.length > 0) return { synthetic, sources: fromRows };
  const sources: SourceRef[] = [];
  for (const table of meta) {
    if (table.sourceIds.length === 0) continue;
    if (table.sourceIds.length <= MAX_TABLE_SOURCES)
      sources.push(...(await sourceRecords(conn, table.sourceIds)));
    else {
      const title = fillString(REPORT_STRINGS_EN.tableSources, {
        n: table.sourceIds.length,
        table: table.name,
      });
      sources.push({ publisher: null, title, url: null });
    }
  }
  return { synthetic, sources };
}

async function hasTable(conn: DuckDBConnection, schema: string, table: string): Promise<boolean> {
  const r = await conn.runAndReadAll(
    `SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database()
       AND schema_name = $schema AND table_name = $table`,
    { schema, table },
  );
  return Number(r.getRows()[0]?.[0]) > 0;
}

async function tableMeta(
  conn: DuckDBConnection,
  tables: readonly string[],
): Promise<{ name: string; synthetic: boolean; sourceIds: string[] }[]> {
  if (tables.length === 0) return [];
  const r = await conn.runAndReadAll(
    `SELECT table_name, coalesce(synthetic, false), coalesce(source_ids, [])
       FROM workbench_meta.table_meta
      WHERE list_contains($tables, lower(table_name))
      ORDER BY table_name`,
    { tables: listValue(tables.map((t) => t.toLowerCase())) },
    { tables: LIST(VARCHAR) },
  );
  return r.getRowsJS().map(([name, synthetic, ids]) => ({
    name: String(name),
    synthetic: synthetic === true,
    sourceIds: Array.isArray(ids) ? ids.map(String) : [],
  }));
}

/**
 * The distinct source ids in the tables' source columns that name a row of `sources`;
 * undefined when none of the tables has a source column.
 */
async function rowSources(
  conn: DuckDBConnection,
  tables: readonly string[],
): Promise<SourceRef[] | undefined> {
  const selects: string[] = [];
  for (const table of tables) {
    const columns = (await conn.runAndReadAll(`SELECT * FROM ${quoteIdent(table)} LIMIT 0`)).columnNames();
    for (const column of columns.filter((c) => SOURCE_COLUMN.test(c))) {
      selects.push(`SELECT CAST(${quoteIdent(column)} AS VARCHAR) AS id FROM ${quoteIdent(table)}`);
    }
  }
  if (selects.length === 0) return undefined;
  const r = await conn.runAndReadAll(
    `SELECT s.source_id, s.publisher, s.title, s.url, count(*) OVER () AS total
       FROM main.sources s
      WHERE s.source_id IN (${selects.join(" UNION ")})
      ORDER BY s.publisher, s.title, s.source_id
      LIMIT ${MAX_LISTED_SOURCES + 1}`,
  );
  const rows = r.getRowsJS();
  return listSources(rows.map(sourceRef), Number(rows[0]?.[4] ?? 0));
}

/**
 * The sources a figure or table lists one by one (the first MAX_LISTED_SOURCES of `refs`), and a
 * line counting the rest of the `total`.
 */
export function listSources(refs: readonly SourceRef[], total = refs.length): SourceRef[] {
  const listed = refs.slice(0, Math.min(total, MAX_LISTED_SOURCES));
  if (total <= listed.length) return listed;
  const title = fillString(REPORT_STRINGS_EN.moreSources, { n: total - listed.length });
  return [...listed, { publisher: null, title, url: null }];
}

/** Whether any of these catalog tables is recorded as synthetic, or named so. */
export async function anySynthetic(conn: DuckDBConnection, tables: readonly string[]): Promise<boolean> {
  if (tables.some((t) => /synthetic/i.test(t))) return true;
  if (!(await hasTable(conn, "workbench_meta", "table_meta"))) return false;
  return (await tableMeta(conn, tables)).some((m) => m.synthetic);
}

async function sourceRecords(conn: DuckDBConnection, ids: readonly string[]): Promise<SourceRef[]> {
  const r = await conn.runAndReadAll(
    `SELECT source_id, publisher, title, url FROM main.sources
      WHERE list_contains($ids, source_id)
      ORDER BY publisher, title, source_id`,
    { ids: listValue([...ids]) },
    { ids: LIST(VARCHAR) },
  );
  return r.getRowsJS().map(sourceRef);
}

function sourceRef([sourceId, publisher, title, url]: unknown[]): SourceRef {
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return { sourceId: String(sourceId), publisher: text(publisher), title: text(title), url: text(url) };
}
