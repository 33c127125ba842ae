import {
  blockReason,
  buildCellGraph,
  type CellRefs,
  RUNNABLE_KINDS,
} from "../../../shared/notebook/cell-graph.ts";
import type { CellKind } from "../../../shared/notebook/notebook-schema.ts";
import type { CellAnalysis } from "../../../shared/protocol/methods-notebook.ts";
import { lineColumnAt } from "../../../shared/sql/split-statements.ts";
import type { Engine } from "../engine.ts";
import { catalogTableNames } from "./catalog-names.ts";
import { sqlReferences } from "./sql-references.ts";

export interface CellToAnalyze {
  name: string;
  kind: CellKind;
  source?: string;
  uses?: { tables: string[]; params: string[] };
}

export interface NotebookAnalysis {
  cells: CellAnalysis[];
  order: string[];
  catalogTables: string[];
}

/**
 * What each cell reads (SQL cells through DuckDB's parser, chart and gap cells as their code
 * reports), the dependency graph's problems, and the run order.
 */
export async function analyzeNotebook(
  engine: Engine,
  cells: readonly CellToAnalyze[],
): Promise<NotebookAnalysis> {
  return engine.withConnection(async (conn) => {
    const refs: CellRefs[] = [];
    const partial: Omit<CellAnalysis, "problems" | "blocked">[] = [];
    for (const cell of cells) {
      const entry: Omit<CellAnalysis, "problems" | "blocked"> = {
        name: cell.name,
        tables: cell.uses?.tables.map((t) => t.toLowerCase()) ?? [],
        params: cell.uses?.params.map((p) => p.toLowerCase()) ?? [],
        opaque: [],
        syntaxError: null,
      };
      if (cell.kind === "sql") {
        const source = cell.source ?? "";
        const found = await sqlReferences(conn, source);
        if ("error" in found) entry.syntaxError = found.error;
        else {
          entry.tables = found.tables;
          entry.params = found.params;
          entry.opaque = found.opaque.map((o) => ({
            position: { ...lineColumnAt(source, o.offset), offset: o.offset },
            reason: o.reason,
          }));
        }
      }
      partial.push(entry);
      refs.push({
        name: cell.name,
        kind: cell.kind,
        tables: entry.tables,
        params: entry.params,
        opaque: entry.syntaxError !== null || entry.opaque.length > 0,
      });
    }
    const catalogTables = await catalogTableNames(conn);
    const graph = buildCellGraph(refs, catalogTables);
    return {
      cells: partial.map((p, i) => ({
        ...p,
        problems: [...(graph.problems.get(p.name) ?? [])],
        blocked: RUNNABLE_KINDS.has(cells[i]!.kind) ? blockReason(graph, p.name) : null,
      })),
      order: graph.order.filter((n) => RUNNABLE_KINDS.has(graph.kinds.get(n)!)),
      catalogTables,
    };
  });
}
