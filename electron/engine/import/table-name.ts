import { basename, extname } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { ImportError } from "./import-error.ts";

/** Prefix of the importer's own working tables; user tables may not use it. */
export const INTERNAL_TABLE_PREFIX = "__osh_";
const MAX_NAME_LENGTH = 63;

/**
 * A table name from a file name that works unquoted in SQL: lower case letters (Cyrillic too),
 * digits and underscores. "Доля пользователей 2023.csv" -> "доля_пользователей_2023".
 */
export function tableNameFromFile(path: string): string {
  const stem = basename(path, extname(path)).normalize("NFC").toLowerCase();
  let name = stem.replace(/[^\p{L}\p{N}]+/gu, "_").replace(/^_+|_+$/g, "");
  if (name === "") name = "imported";
  if (/^\p{N}/u.test(name)) name = `t_${name}`;
  return name.slice(0, MAX_NAME_LENGTH).replace(/_+$/, "");
}

export interface TargetTable {
  name: string;
  /** A table of that name exists in main and will be replaced. */
  replaces: boolean;
}

/**
 * The table to create: the user's name or one made from the file name. Never silently overwrites:
 * an existing table needs `replace`, and views and notebook results (temp tables) are never replaced.
 */
export async function resolveTargetTable(
  conn: DuckDBConnection,
  file: string,
  requested: string | undefined,
  replace: boolean,
): Promise<TargetTable> {
  let name = requested?.trim() ?? tableNameFromFile(file);
  if (requested !== undefined) validateRequestedName(file, name);
  else if (await isReservedWord(conn, name)) name = `${name}_data`;
  const existing = await conn.runAndReadAll(
    `SELECT 'table' AS kind, temporary FROM duckdb_tables()
       WHERE lower(table_name) = lower($1) AND (temporary OR (database_name = current_database() AND schema_name = 'main'))
     UNION ALL
     SELECT 'view', temporary FROM duckdb_views()
       WHERE NOT internal AND lower(view_name) = lower($1) AND (temporary OR (database_name = current_database() AND schema_name = 'main'))`,
    [name],
  );
  const found = existing.getRowObjectsJS();
  if (found.some((row) => row.temporary === true)) {
    throw new ImportError(
      "TABLE_EXISTS",
      file,
      `a notebook result is already named "${name}"; choose another table name`,
    );
  }
  if (found.some((row) => row.kind === "view")) {
    throw new ImportError(
      "TABLE_EXISTS",
      file,
      `a view is already named "${name}"; choose another table name`,
    );
  }
  if (found.length > 0 && !replace) {
    throw new ImportError(
      "TABLE_EXISTS",
      file,
      `table "${name}" already exists; choose another name or choose to replace it`,
    );
  }
  return { name, replaces: found.length > 0 };
}

function validateRequestedName(file: string, name: string): void {
  if (name === "" || name.length > MAX_NAME_LENGTH || /\p{Cc}/u.test(name)) {
    throw new ImportError(
      "INVALID_OPTION",
      file,
      `"${name}" cannot be a table name (1–${MAX_NAME_LENGTH} characters, no control characters)`,
    );
  }
  if (name.startsWith(INTERNAL_TABLE_PREFIX)) {
    throw new ImportError(
      "INVALID_OPTION",
      file,
      `table names starting with "${INTERNAL_TABLE_PREFIX}" are reserved`,
    );
  }
}

async function isReservedWord(conn: DuckDBConnection, name: string): Promise<boolean> {
  const reader = await conn.runAndReadAll(
    "SELECT count(*) AS n FROM duckdb_keywords() WHERE keyword_name = $1 AND keyword_category = 'reserved'",
    [name],
  );
  return Number(reader.getRowObjectsJS()[0]?.n ?? 0) > 0;
}
