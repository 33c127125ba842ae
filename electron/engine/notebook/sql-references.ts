import type { DuckDBConnection } from "@duckdb/node-api";
import type { SourcePosition } from "../../../shared/protocol/envelope.ts";
import { lineColumnAt, splitStatements } from "../../../shared/sql/split-statements.ts";
import { RESULTS_DB } from "../results-db.ts";

/** A statement whose references could not be read (DuckDB serialises only SELECT statements). */
export interface OpaqueStatement {
  /** Where the statement starts in the cell's SQL. */
  offset: number;
  reason: string;
}

export interface SqlReferences {
  /** Tables read that may be notebook cells (lowercase, first appearance first). */
  tables: string[];
  /** Named parameters used (`$year` -> "year"; lowercase like every identifier in DuckDB). */
  params: string[];
  /** Where each table is first read in the SQL (character offset). */
  tableOffsets: Record<string, number>;
  opaque: OpaqueStatement[];
}

export type SqlReferencesOutcome = SqlReferences | { error: { message: string; position?: SourcePosition } };

/** Serialised statement locations are u64; "unknown" is u64 max, which no SQL text reaches. */
const MAX_LOCATION = 2 ** 52;

/**
 * Which tables and parameters a cell's SQL reads, by DuckDB's own parser: each statement goes
 * through `json_serialize_sql` and the syntax tree is walked for BASE_TABLE references and
 * PARAMETER expressions. CTE names defined in the query shadow bare table names inside their
 * scope (a non-recursive CTE's own body still sees the real table).
 *
 * Table names qualified with another schema or database (information_schema.tables,
 * workspace.main.x) cannot be cells and are left out. Statements DuckDB will not serialise
 * (CREATE, INSERT, PIVOT, EXPLAIN...) are listed in `opaque` with no references; the graph
 * then cannot know what they read or create.
 */
export async function sqlReferences(conn: DuckDBConnection, sql: string): Promise<SqlReferencesOutcome> {
  const found: SqlReferences = { tables: [], params: [], tableOffsets: {}, opaque: [] };
  for (const stmt of splitStatements(sql)) {
    const r = await conn.runAndReadAll("SELECT json_serialize_sql($sql::VARCHAR)", { sql: stmt.text });
    const tree = JSON.parse(String(r.getRows()[0]?.[0])) as SerializedSql;
    if (tree.error) {
      if (tree.error_type === "parser") {
        const local = Number(tree.position);
        const offset = stmt.start + (Number.isFinite(local) ? local : 0);
        return {
          error: {
            message: `Parser Error: ${tree.error_message ?? "syntax error"}`,
            position: { ...lineColumnAt(sql, offset), offset },
          },
        };
      }
      if (/Only SELECT statements/i.test(tree.error_message ?? "")) {
        found.opaque.push({ offset: stmt.start, reason: "not a query, so what it reads is not tracked" });
        continue;
      }
      const offset = stmt.start;
      return {
        error: { message: tree.error_message ?? "", position: { ...lineColumnAt(sql, offset), offset } },
      };
    }
    for (const statement of tree.statements ?? []) collect(statement, new Set(), found, stmt.start);
  }
  return found;
}

interface SerializedSql {
  error: boolean;
  error_type?: string;
  error_message?: string;
  position?: string;
  statements?: unknown[];
}

type Json = { [key: string]: unknown };

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Walks any part of the tree; `ctes` are the CTE names visible at this point. */
function collect(node: unknown, ctes: ReadonlySet<string>, out: SqlReferences, base: number): void {
  if (Array.isArray(node)) {
    for (const item of node) collect(item, ctes, out, base);
    return;
  }
  if (!isObject(node)) return;

  if (node.type === "BASE_TABLE") {
    const name = cellCandidate(node, ctes);
    if (name !== null && !out.tables.includes(name)) {
      out.tables.push(name);
      const at = Number(node.query_location);
      if (Number.isFinite(at) && at < MAX_LOCATION) out.tableOffsets[name] = base + at;
    }
    return;
  }
  if (node.class === "PARAMETER" && typeof node.identifier === "string") {
    const name = node.identifier.toLowerCase();
    if (!out.params.includes(name)) out.params.push(name);
    return;
  }

  let scope = ctes;
  // A recursive CTE's body sees its own name.
  if (node.type === "RECURSIVE_CTE_NODE" && typeof node.cte_name === "string") {
    scope = new Set([...scope, node.cte_name.toLowerCase()]);
  }
  const cteMap = isObject(node.cte_map) && Array.isArray(node.cte_map.map) ? node.cte_map.map : [];
  if (cteMap.length > 0) {
    // Each CTE body sees the CTEs before it; the rest of the query sees all of them.
    const inner = new Set(scope);
    for (const entry of cteMap) {
      if (!isObject(entry)) continue;
      collect(entry.value, inner, out, base);
      if (typeof entry.key === "string") inner.add(entry.key.toLowerCase());
    }
    scope = inner;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key !== "cte_map") collect(value, scope, out, base);
  }
}

/** The name a table reference would have as a cell, or null when it cannot be one. */
function cellCandidate(ref: Json, ctes: ReadonlySet<string>): string | null {
  const table = typeof ref.table_name === "string" ? ref.table_name.toLowerCase() : "";
  const schema = typeof ref.schema_name === "string" ? ref.schema_name.toLowerCase() : "";
  const catalog = typeof ref.catalog_name === "string" ? ref.catalog_name.toLowerCase() : "";
  if (table === "") return null;
  if (catalog === "" && schema === "") return ctes.has(table) ? null : table;
  // `main.x` and `wb_results.x` resolve through the search path; so does the full name.
  const viaSearchPath = catalog === "" && (schema === "main" || schema === RESULTS_DB);
  const inResults = catalog === RESULTS_DB && schema === "main";
  return viaSearchPath || inResults ? table : null;
}
