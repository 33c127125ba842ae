import { format } from "sql-formatter";

/** DuckDB SQL laid out one clause per line, keywords upper case, `$params` kept as they are. */
export function formatSql(sql: string): string {
  return format(sql, { language: "duckdb", keywordCase: "upper", paramTypes: { named: ["$"] }, tabWidth: 2 });
}
