import path from "node:path";
import { parseArgs } from "node:util";
import { benchArrow } from "./bench-arrow.ts";
import { benchChart } from "./bench-chart.ts";
import { type BenchEngine, openBenchEngine } from "./bench-engine.ts";
import { benchFirstPaint } from "./bench-first-paint.ts";
import { benchGrid } from "./bench-grid.ts";
import { benchImport } from "./bench-import.ts";
import { describeMachine } from "./bench-machine.ts";
import type { Metric, MetricUnit } from "./bench-metric.ts";
import { benchQuery } from "./bench-query.ts";
import { metricsTable, writeResults } from "./bench-report.ts";
import { benchStart } from "./bench-start.ts";
import { benchWasm } from "./bench-wasm.ts";

/**
 * `npm run bench [-- --only query,arrow]`: every measurement group in turn, a table on stdout and
 * tests/bench/results/latest.json. Groups sharing the in-process engine get it opened once.
 */
interface Group {
  name: string;
  /** Runs on the shared in-process engine (these groups come first; the engine is closed after them). */
  usesEngine: boolean;
  /** The group's headline figures, reported as not measured if the group fails. */
  headline: { name: string; unit: MetricUnit }[];
  run(engine: () => Promise<BenchEngine>): Promise<Metric[]>;
}

const GROUPS: Group[] = [
  {
    name: "query",
    usesEngine: true,
    headline: [{ name: "query_agg_10m_ratio", unit: "ratio" }],
    run: async (e) => benchQuery(await e()),
  },
  {
    name: "arrow",
    usesEngine: true,
    headline: [{ name: "arrow_1m_x4_ratio", unit: "ratio" }],
    run: async (e) => benchArrow(await e()),
  },
  {
    name: "chart",
    usesEngine: true,
    headline: [
      { name: "chart_hist_10m_ms", unit: "ms" },
      { name: "chart_bar_10m_ms", unit: "ms" },
    ],
    run: async (e) => benchChart(await e()),
  },
  {
    name: "grid",
    usesEngine: true,
    headline: [{ name: "grid_window_ms", unit: "ms" }],
    run: async (e) => benchGrid(await e()),
  },
  {
    name: "start",
    usesEngine: false,
    headline: [
      { name: "engine_start_ms", unit: "ms" },
      { name: "engine_rss_10m_mb", unit: "MB" },
    ],
    run: () => benchStart(),
  },
  {
    name: "import",
    usesEngine: false,
    headline: [{ name: "csv_import_ratio", unit: "ratio" }],
    run: () => benchImport(),
  },
  {
    name: "wasm",
    usesEngine: false,
    headline: [{ name: "wasm_native_ratio", unit: "ratio" }],
    run: () => benchWasm(),
  },
  {
    name: "paint",
    usesEngine: false,
    headline: [{ name: "first_paint_ms", unit: "ms" }],
    run: () => benchFirstPaint(),
  },
];

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { only: { type: "string" } }, args: process.argv.slice(3) });
  const only = values.only?.split(",").map((s) => s.trim());
  const unknown = only?.filter((name) => !GROUPS.some((g) => g.name === name)) ?? [];
  if (unknown.length > 0) {
    throw new Error(
      `unknown group(s) ${unknown.join(", ")}; groups: ${GROUPS.map((g) => g.name).join(", ")}`,
    );
  }
  const groups = only ? GROUPS.filter((g) => only.includes(g.name)) : GROUPS;
  const machine = await describeMachine();
  process.stdout.write(
    `Osh ICT Workbench benchmarks — ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryMB} MB, Node ${machine.node}, DuckDB ${machine.duckdb}\n`,
  );

  let shared: Promise<BenchEngine> | undefined;
  const engine = () => {
    shared ??= openBenchEngine();
    return shared;
  };
  const closeEngine = async () => {
    const opened = shared;
    shared = undefined;
    if (opened) await (await opened).close();
  };
  const metrics: Metric[] = [];
  const started = performance.now();
  try {
    for (const group of groups) {
      // Frees the engine's memory and threads before the groups that start their own.
      if (!group.usesEngine) await closeEngine();
      const groupStarted = performance.now();
      process.stdout.write(`- ${group.name} ... `);
      try {
        metrics.push(...(await group.run(engine)));
        process.stdout.write(`${((performance.now() - groupStarted) / 1000).toFixed(1)} s\n`);
      } catch (e) {
        const why = e instanceof Error ? e.message.split("\n")[0] : String(e);
        process.stdout.write(`failed: ${why}\n`);
        for (const h of group.headline) metrics.push({ ...h, value: null, note: `not measured: ${why}` });
      }
    }
  } finally {
    await closeEngine();
  }
  process.stdout.write(`\n${metricsTable(metrics)}\n`);
  const file = path.resolve(import.meta.dirname, "results", "latest.json");
  writeResults(file, machine, metrics);
  process.stdout.write(
    `\nTotal ${((performance.now() - started) / 1000).toFixed(0)} s; written to ${path.relative(process.cwd(), file)}\n`,
  );
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
