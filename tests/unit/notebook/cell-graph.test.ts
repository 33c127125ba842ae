import { describe, expect, it } from "vitest";
import {
  buildCellGraph,
  type CellRefs,
  dependentsOf,
  markStale,
  runPlan,
} from "../../../shared/notebook/cell-graph.ts";

const CATALOG = ["units", "observations", "indicators"];

function sql(name: string, tables: string[] = [], params: string[] = []): CellRefs {
  return { name, kind: "sql", tables, params };
}
function input(name: string): CellRefs {
  return { name, kind: "input", tables: [], params: [] };
}

describe("cell graph: order", () => {
  it("orders dependencies first and keeps document order among independent cells", () => {
    // `summary` is written above the cell it reads: the run order still puts `base` first.
    const g = buildCellGraph(
      [
        sql("summary", ["base"]),
        sql("other", ["units"]),
        sql("base", ["observations"]),
        sql("last", ["summary"]),
      ],
      CATALOG,
    );
    expect(g.order).toEqual(["other", "base", "summary", "last"]);
    expect(g.problems.size).toBe(0);
    expect(g.upstream.get("summary")).toEqual(["base"]);
  });

  it("matches names case-insensitively, like DuckDB", () => {
    const g = buildCellGraph([sql("base", ["UNITS"]), sql("next", ["Base"])], CATALOG);
    expect(g.problems.size).toBe(0);
    expect(g.upstream.get("next")).toEqual(["base"]);
  });

  it("lists dependents transitively in run order", () => {
    const g = buildCellGraph(
      [sql("a", ["units"]), sql("b", ["a"]), sql("c", ["b"]), sql("d", ["a", "c"]), sql("e", ["units"])],
      CATALOG,
    );
    expect(dependentsOf(g, "a")).toEqual(["b", "c", "d"]);
    expect(dependentsOf(g, "c")).toEqual(["d"]);
    expect(dependentsOf(g, "e")).toEqual([]);
  });
});

describe("cell graph: errors", () => {
  it("reports a cycle on every member with the member names, and blocks what depends on it", () => {
    const g = buildCellGraph(
      [sql("a", ["c"]), sql("b", ["a"]), sql("c", ["b"]), sql("d", ["c"]), sql("ok", ["units"])],
      CATALOG,
    );
    for (const name of ["a", "b", "c"]) {
      const problem = g.problems.get(name)?.find((p) => p.kind === "cycle");
      expect(problem).toMatchObject({ kind: "cycle", members: ["a", "b", "c"] });
      expect(problem?.message).toContain("a -> b -> c -> a");
    }
    expect(g.problems.get("d")).toBeUndefined();
    expect(g.order).toEqual(["ok"]);
    const plan = runPlan(g, { mode: "all" }, new Set());
    expect(plan.run).toEqual(["ok"]);
    expect(plan.blocked.map((b) => b.name)).toEqual(["a", "b", "c", "d"]);
    expect(plan.blocked.find((b) => b.name === "d")?.reason).toMatch(/depends on .*error/);
  });

  it("reports a cell reading its own result as a cycle of one", () => {
    const g = buildCellGraph([sql("self", ["self"])], CATALOG);
    expect(g.problems.get("self")).toEqual([
      { kind: "cycle", members: ["self"], message: "Cell self reads its own result." },
    ]);
  });

  it("reports names that are neither cells nor catalog tables as missing, on that cell", () => {
    const g = buildCellGraph([sql("a", ["units", "osh_gone"], ["year"]), sql("b", ["a"])], CATALOG);
    const problem = g.problems.get("a")?.[0];
    expect(problem).toMatchObject({ kind: "missing", names: ["osh_gone", "$year"] });
    expect(problem?.message).toBe(
      "Cell a reads osh_gone, but no cell or catalog table has that name; it uses $year, but no input cell has that name.",
    );
    expect(runPlan(g, { mode: "cell", name: "b" }, new Set()).blocked).toEqual([
      { name: "b", reason: "It depends on a, which has an error." },
    ]);
  });

  it("does not call unknown names missing when part of the cell's SQL could not be analysed", () => {
    const g = buildCellGraph([{ ...sql("a", ["helper"]), opaque: true }], CATALOG);
    expect(g.problems.size).toBe(0);
  });

  it("rejects an input read as a table, a SQL cell used as a parameter, duplicates and catalog names", () => {
    const g = buildCellGraph(
      [input("year"), sql("q", ["year"]), sql("r", ["units"], ["q"]), sql("units"), sql("dup"), sql("dup")],
      CATALOG,
    );
    expect(g.problems.get("q")?.[0]?.message).toBe(
      "Cell q reads year as a table, but year is an input cell; use $year to read its value.",
    );
    expect(g.problems.get("r")?.[0]).toMatchObject({ kind: "wrong_kind", ref: "$q" });
    expect(g.problems.get("units")?.[0]?.kind).toBe("shadows_table");
    expect(g.problems.get("dup")?.[0]?.kind).toBe("duplicate_name");
  });

  it("rejects invalid and reserved names", () => {
    const g = buildCellGraph([sql("Bad-Name"), sql("r_12")], CATALOG);
    expect(g.problems.get("Bad-Name")?.[0]?.kind).toBe("invalid_name");
    expect(g.problems.get("r_12")?.[0]?.message).toMatch(/reserved/);
  });
});

describe("cell graph: staleness and run plans", () => {
  const cells = [
    input("year"),
    sql("base", ["observations"]),
    sql("by_year", ["base"], ["year"]),
    sql("chart_data", ["by_year"]),
    sql("unrelated", ["units"]),
    { name: "chart", kind: "chart", tables: ["chart_data"], params: [] } satisfies CellRefs,
    { name: "notes", kind: "markdown", tables: [], params: [] } satisfies CellRefs,
  ];
  const g = buildCellGraph(cells, CATALOG);

  it("moving an input marks only the cells that depend on it stale", () => {
    const stale = markStale(g, new Set(), "year");
    expect([...stale].sort()).toEqual(["by_year", "chart", "chart_data"]);
    expect(runPlan(g, { mode: "stale" }, stale).run).toEqual(["by_year", "chart_data", "chart"]);
  });

  it("editing a cell marks it and its dependents stale; fresh cells stay fresh", () => {
    const stale = markStale(g, new Set(), "chart_data");
    expect([...stale].sort()).toEqual(["chart", "chart_data"]);
    expect(stale.has("base")).toBe(false);
  });

  it("run cell runs its stale dependencies first, and with auto-run its dependents after", () => {
    const stale = new Set(["base", "by_year", "chart_data", "chart"]);
    expect(runPlan(g, { mode: "cell", name: "by_year" }, stale).run).toEqual(["base", "by_year"]);
    expect(runPlan(g, { mode: "cell", name: "by_year", withDependents: true }, stale).run).toEqual([
      "base",
      "by_year",
      "chart_data",
      "chart",
    ]);
    // A fresh dependency is not re-run.
    expect(runPlan(g, { mode: "cell", name: "by_year" }, new Set(["by_year"])).run).toEqual(["by_year"]);
  });

  it("run all runs every runnable cell in dependency order; markdown and inputs are not run", () => {
    expect(runPlan(g, { mode: "all" }, new Set()).run).toEqual([
      "base",
      "by_year",
      "chart_data",
      "unrelated",
      "chart",
    ]);
  });

  it("run from here runs this cell and those below it, after their stale dependencies", () => {
    const stale = markStale(g, new Set(), "base");
    expect(runPlan(g, { mode: "from", name: "chart_data" }, stale).run).toEqual([
      "base",
      "by_year",
      "chart_data",
      "unrelated",
      "chart",
    ]);
    expect(runPlan(g, { mode: "from", name: "unrelated" }, new Set()).run).toEqual(["unrelated", "chart"]);
  });
});
