import type { Cell } from "./notebook-schema.ts";

/**
 * What a chart or gap cell reads, for the dependency graph: their SQL is generated, so they
 * name their source table (or cell) in their settings instead. Other kinds: undefined.
 */
export function cellUses(cell: Cell): { tables: string[]; params: string[] } | undefined {
  const options =
    cell.kind === "chart" ? cell.options.spec : cell.kind === "gap" ? cell.options.config : undefined;
  if (options === undefined) return undefined;
  const source = (options as { source?: unknown } | null)?.source;
  return { tables: typeof source === "string" ? [source] : [], params: [] };
}
