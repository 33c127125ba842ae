import { cellNameProblem } from "./cell-name.ts";
import type { CellKind } from "./notebook-schema.ts";

/** A cell as the graph sees it: its name and the names its source reads. */
export interface CellRefs {
  name: string;
  kind: CellKind;
  /** Tables the cell reads (unqualified or in the results schema), as written. */
  tables: readonly string[];
  /** Named parameters (`$year` -> "year") the cell uses. */
  params: readonly string[];
  /**
   * Some of the source could not be analysed (a statement that is not a query, a syntax
   * error): names the cell reads that are neither cells nor catalog tables may be made by the
   * cell itself, so they are not reported as missing.
   */
  opaque?: boolean;
}

export type CellProblem =
  | { kind: "invalid_name"; message: string }
  | { kind: "duplicate_name"; message: string }
  | { kind: "shadows_table"; message: string }
  | { kind: "missing"; names: string[]; message: string }
  | { kind: "wrong_kind"; ref: string; message: string }
  | { kind: "cycle"; members: string[]; message: string };

/** Kinds whose cells do work when run; markdown and inputs have nothing to run. */
export const RUNNABLE_KINDS: ReadonlySet<CellKind> = new Set(["sql", "chart", "gap"]);
const KIND_LABEL: Record<CellKind, string> = {
  sql: "a SQL",
  markdown: "a markdown",
  input: "an input",
  chart: "a chart",
  gap: "a gap",
};

/** Kinds whose result is a table later cells can read. */
const TABLE_KINDS: ReadonlySet<CellKind> = new Set(["sql"]);

export interface CellGraph {
  /** Cell names in document order (first cell of a duplicated name only). */
  readonly cells: readonly string[];
  readonly kinds: ReadonlyMap<string, CellKind>;
  /** Direct upstream cells of each cell. */
  readonly upstream: ReadonlyMap<string, readonly string[]>;
  /** Direct downstream cells of each cell. */
  readonly downstream: ReadonlyMap<string, readonly string[]>;
  /**
   * Every cell that can be ordered, dependencies first, document order among equals. Cells in
   * a cycle, and cells downstream of one, are not in it.
   */
  readonly order: readonly string[];
  readonly problems: ReadonlyMap<string, readonly CellProblem[]>;
}

/**
 * Builds the dependency graph of a notebook. `catalogTables` are the names plain SQL resolves
 * to outside the notebook (bundled and imported tables, views), so `FROM units` is no error.
 */
export function buildCellGraph(cells: readonly CellRefs[], catalogTables: Iterable<string>): CellGraph {
  const catalog = new Set([...catalogTables].map((t) => t.toLowerCase()));
  const problems = new Map<string, CellProblem[]>();
  const report = (name: string, p: CellProblem) => problems.set(name, [...(problems.get(name) ?? []), p]);

  const byName = new Map<string, CellRefs>();
  for (const cell of cells) {
    const invalid = cellNameProblem(cell.name);
    if (invalid) report(cell.name, { kind: "invalid_name", message: invalid });
    if (byName.has(cell.name)) {
      report(cell.name, {
        kind: "duplicate_name",
        message: `Two cells are named ${cell.name}; rename one of them.`,
      });
      continue;
    }
    byName.set(cell.name, cell);
    if (catalog.has(cell.name)) {
      report(cell.name, {
        kind: "shadows_table",
        message: `Cell ${cell.name} has the name of a table in the catalog; SQL would read that table, so rename the cell.`,
      });
    }
  }

  const upstream = new Map<string, string[]>();
  const downstream = new Map<string, string[]>([...byName.keys()].map((n) => [n, []]));
  for (const cell of byName.values()) {
    const deps = new Set<string>();
    const missingTables = new Set<string>();
    const missingParams = new Set<string>();
    for (const raw of cell.tables) {
      const ref = raw.toLowerCase();
      if (catalog.has(ref)) continue; // the catalog wins name resolution over cell results
      const target = byName.get(ref);
      if (!target) {
        if (!cell.opaque) missingTables.add(ref);
      } else if (!TABLE_KINDS.has(target.kind)) {
        const hint = target.kind === "input" ? `; use $${ref} to read its value` : "";
        report(cell.name, {
          kind: "wrong_kind",
          ref,
          message: `Cell ${cell.name} reads ${ref} as a table, but ${ref} is ${KIND_LABEL[target.kind]} cell${hint}.`,
        });
      } else deps.add(ref);
    }
    for (const raw of cell.params) {
      const ref = raw.toLowerCase();
      const target = byName.get(ref);
      if (!target) missingParams.add(ref);
      else if (target.kind !== "input") {
        report(cell.name, {
          kind: "wrong_kind",
          ref: `$${ref}`,
          message: `Cell ${cell.name} uses $${ref}, but ${ref} is ${KIND_LABEL[target.kind]} cell, not an input.`,
        });
      } else deps.add(ref);
    }
    if (missingTables.size + missingParams.size > 0) {
      const parts: string[] = [];
      const those = (n: number) => (n === 1 ? "that name" : "those names");
      if (missingTables.size > 0) {
        parts.push(
          `reads ${[...missingTables].join(", ")}, but no cell or catalog table has ${those(missingTables.size)}`,
        );
      }
      if (missingParams.size > 0) {
        const list = [...missingParams].map((p) => `$${p}`).join(", ");
        parts.push(`uses ${list}, but no input cell has ${those(missingParams.size)}`);
      }
      report(cell.name, {
        kind: "missing",
        names: [...missingTables, ...[...missingParams].map((p) => `$${p}`)],
        message: `Cell ${cell.name} ${parts.join("; it ")}.`,
      });
    }
    upstream.set(cell.name, [...deps]);
    for (const d of deps) downstream.get(d)!.push(cell.name);
  }

  const names = [...byName.keys()];
  for (const cycle of findCycles(names, upstream)) {
    for (const member of cycle) {
      report(member, {
        kind: "cycle",
        members: cycle,
        message:
          cycle.length === 1
            ? `Cell ${member} reads its own result.`
            : `Cells ${cycle.join(" -> ")} -> ${cycle[0]} depend on each other in a cycle.`,
      });
    }
  }

  return {
    cells: names,
    kinds: new Map(names.map((n) => [n, byName.get(n)!.kind])),
    upstream,
    downstream,
    order: topologicalOrder(names, upstream),
    problems,
  };
}

/** Kahn's algorithm, always taking the earliest cell in the document that is ready. */
function topologicalOrder(
  names: readonly string[],
  upstream: ReadonlyMap<string, readonly string[]>,
): string[] {
  const pending = new Map(names.map((n) => [n, new Set(upstream.get(n))]));
  const order: string[] = [];
  for (;;) {
    const next = names.find((n) => pending.get(n)?.size === 0);
    if (next === undefined) return order;
    order.push(next);
    pending.delete(next);
    for (const deps of pending.values()) deps.delete(next);
  }
}

/** Strongly connected components with more than one member, or a cell reading itself (Tarjan). */
function findCycles(names: readonly string[], upstream: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of upstream.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || upstream.get(v)?.includes(v)) {
        const position = (n: string) => names.indexOf(n);
        cycles.push(component.sort((a, b) => position(a) - position(b)));
      }
    }
  };
  for (const n of names) if (!index.has(n)) visit(n);
  return cycles;
}

/** Every cell downstream of `names`, transitively, in run order (unorderable ones last). */
export function dependentsOf(graph: CellGraph, ...names: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...names];
  while (queue.length > 0) {
    for (const d of graph.downstream.get(queue.pop()!) ?? []) {
      if (!seen.has(d)) {
        seen.add(d);
        queue.push(d);
      }
    }
  }
  return inRunOrder(graph, seen);
}

/** Every cell upstream of `name`, transitively, in run order. */
export function dependenciesOf(graph: CellGraph, name: string): string[] {
  const seen = new Set<string>();
  const queue = [name];
  while (queue.length > 0) {
    for (const d of graph.upstream.get(queue.pop()!) ?? []) {
      if (!seen.has(d)) {
        seen.add(d);
        queue.push(d);
      }
    }
  }
  seen.delete(name);
  return inRunOrder(graph, seen);
}

function inRunOrder(graph: CellGraph, set: ReadonlySet<string>): string[] {
  const ordered = graph.order.filter((n) => set.has(n));
  const rest = graph.cells.filter((n) => set.has(n) && !ordered.includes(n));
  return [...ordered, ...rest];
}

/**
 * The stale set after `changed` cells were edited, re-run or (inputs) moved: they and
 * everything downstream of them. Only runnable cells are ever stale.
 */
export function markStale(graph: CellGraph, stale: ReadonlySet<string>, ...changed: string[]): Set<string> {
  const out = new Set(stale);
  for (const n of [...changed, ...dependentsOf(graph, ...changed)]) {
    if (RUNNABLE_KINDS.has(graph.kinds.get(n) ?? "markdown")) out.add(n);
  }
  return out;
}

export type RunRequest =
  /** One cell, after its stale dependencies; with `withDependents` (auto-run) its dependents too. */
  | { mode: "cell"; name: string; withDependents?: boolean }
  | { mode: "all" }
  /** This cell and every runnable cell below it in the document, after their stale dependencies. */
  | { mode: "from"; name: string }
  | { mode: "stale" };

export interface RunPlan {
  /** Cells to run, in this order. */
  run: string[];
  /** Cells asked for that cannot run, and why. */
  blocked: { name: string; reason: string }[];
}

/** Which cells to run for a request, in order, given the set of stale cells. */
export function runPlan(graph: CellGraph, request: RunRequest, stale: ReadonlySet<string>): RunPlan {
  const runnable = (n: string) => RUNNABLE_KINDS.has(graph.kinds.get(n) ?? "markdown");
  const wanted = new Set<string>();
  const withStaleDependencies = (n: string) => {
    for (const d of dependenciesOf(graph, n)) if (stale.has(d)) wanted.add(d);
    wanted.add(n);
  };
  switch (request.mode) {
    case "all":
      for (const n of graph.cells) wanted.add(n);
      break;
    case "stale":
      for (const n of graph.cells) if (stale.has(n)) wanted.add(n);
      break;
    case "cell":
      withStaleDependencies(request.name);
      if (request.withDependents) for (const d of dependentsOf(graph, request.name)) wanted.add(d);
      break;
    case "from": {
      const at = graph.cells.indexOf(request.name);
      if (at >= 0) for (const n of graph.cells.slice(at)) if (runnable(n)) withStaleDependencies(n);
      break;
    }
  }
  const run: string[] = [];
  const blocked: RunPlan["blocked"] = [];
  for (const name of inRunOrder(graph, wanted)) {
    if (!runnable(name)) continue;
    const reason = blockReason(graph, name);
    if (reason) blocked.push({ name, reason });
    else run.push(name);
  }
  return { run, blocked };
}

/** Why a cell cannot run: its own problem, or the first problem upstream of it. */
export function blockReason(graph: CellGraph, name: string): string | null {
  const own = graph.problems.get(name)?.[0];
  if (own) return own.message;
  if (!graph.cells.includes(name)) return `There is no cell named ${name}.`;
  for (const d of dependenciesOf(graph, name)) {
    if (graph.problems.get(d)?.length) return `It depends on ${d}, which has an error.`;
  }
  if (!graph.order.includes(name)) return "It depends on cells that form a cycle.";
  return null;
}
