import { quoteIdentifier } from "../../../shared/charts/sql-quote.ts";
import type { BundledTableSchema } from "./bundled-schema.ts";

/** CREATE TABLE for a bundled table in `main`, with its types, constraints and primary key. */
export function createBundledTableSql(schema: BundledTableSchema): string {
  const columns = schema.columns.map((c) =>
    [quoteIdentifier(c.name), c.type, c.constraint ?? ""].join(" ").trim(),
  );
  if (schema.primaryKey) columns.push(`PRIMARY KEY (${quoteIdentifier(schema.primaryKey)})`);
  return `CREATE TABLE main.${quoteIdentifier(schema.table)} (${columns.join(", ")})`;
}
