import type { DuckDBConnection } from "@duckdb/node-api";
import type { SourceRecord } from "../../shared/protocol/methods.ts";

/**
 * The sources behind a table, as recorded in its metadata, looked up in the bundled
 * `sources` table. Tables with no recorded sources (a user's query result) get an empty list.
 */
export async function tableSources(conn: DuckDBConnection, table: string): Promise<SourceRecord[]> {
  const present = await conn.runAndReadAll(
    `SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database()
       AND ((schema_name = 'workbench_meta' AND table_name = 'table_meta') OR (schema_name = 'main' AND table_name = 'sources'))`,
  );
  if (Number(present.getRows()[0]?.[0]) < 2) return [];
  const rows = await conn.runAndReadAll(
    `SELECT s.source_id, s.publisher, s.title, s.url, s.retrieved::VARCHAR, s.licence, s.note
       FROM workbench_meta.table_meta m, unnest(m.source_ids) AS u(id)
       JOIN main.sources s ON s.source_id = u.id
      WHERE m.table_name = $table
      ORDER BY s.publisher, s.title`,
    { table },
  );
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return rows.getRows().map(([sourceId, publisher, title, url, retrieved, licence, note]) => ({
    sourceId: String(sourceId),
    publisher: text(publisher),
    title: text(title),
    url: text(url),
    retrieved: text(retrieved),
    licence: text(licence),
    note: text(note),
  }));
}
