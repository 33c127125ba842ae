import type { ChartFilter } from "./chart-spec.ts";
import { quoteIdentifier, sqlLiteral } from "./sql-quote.ts";

/**
 * A builder filter as a SQL condition with Vega-Lite's field-predicate meaning (`range` inclusive,
 * a null bound unbounded, `valid` = has a value), except that a NULL never passes a comparison:
 * Vega-Lite's JavaScript would compare null as 0, which no one filtering "value < 5" means.
 */
export function filterSql(filter: ChartFilter): string {
  const col = quoteIdentifier(filter.field);
  switch (filter.op) {
    case "equal":
      return `${col} = ${sqlLiteral(filter.value)}`;
    case "lt":
      return `${col} < ${sqlLiteral(filter.value)}`;
    case "lte":
      return `${col} <= ${sqlLiteral(filter.value)}`;
    case "gt":
      return `${col} > ${sqlLiteral(filter.value)}`;
    case "gte":
      return `${col} >= ${sqlLiteral(filter.value)}`;
    case "range": {
      const [lo, hi] = filter.value;
      const parts: string[] = [];
      if (lo !== null) parts.push(`${col} >= ${sqlLiteral(lo)}`);
      if (hi !== null) parts.push(`${col} <= ${sqlLiteral(hi)}`);
      return parts.length > 0 ? parts.join(" AND ") : "TRUE";
    }
    case "oneOf":
      return `${col} IN (${filter.value.map((v) => sqlLiteral(v)).join(", ")})`;
    case "valid":
      return filter.value ? `${col} IS NOT NULL` : `${col} IS NULL`;
  }
}
