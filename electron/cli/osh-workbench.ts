import path from "node:path";
import { parseArgs } from "node:util";
import { Engine } from "../engine/engine.ts";
import { EngineError } from "../engine/engine-error.ts";
import { packageRoot } from "../engine/package-root.ts";
import { RESULTS_DB } from "../engine/sql-runner.ts";
import { defaultWorkspaceDir } from "../engine/workspace-dir.ts";
import { startWebServer } from "../web/web-server.ts";
import { USAGE_LINES } from "./cli-usage.ts";
import { openInBrowser } from "./open-in-browser.ts";
import { jsonSafe, rowsToCsv } from "./rows-to-text.ts";

const USAGE = `osh-workbench — Osh ICT Workbench

Usage:
${Object.values(USAGE_LINES)
  .map((line) => `  ${line}`)
  .join("\n")}

Options:
  --workspace DIR   workspace folder (default: ${defaultWorkspaceDir()})
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "serve":
      return serve(rest);
    case "query":
      return query(rest);
    case "export":
      // Loaded on demand: the report writers pull in large libraries.
      return (await import("./export-command.ts")).exportCommand(rest);
    case "generate-census":
      return generateCensus(rest);
    case "import":
      return (await import("./import-command.ts")).importCommand(rest);
    case undefined:
    case "help":
    case "--help":
    case "-h":
      process.stdout.write(USAGE);
      return command === undefined ? 1 : 0;
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${USAGE}`);
      return 1;
  }
}

async function serve(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: "string" },
      workspace: { type: "string" },
      token: { type: "string" },
      open: { type: "boolean" },
    },
  });
  const staticDir = path.join(packageRoot(), "dist", "renderer");
  const engine = await Engine.open({ workspaceDir: values.workspace ?? defaultWorkspaceDir() });
  const server = await startWebServer({
    engine,
    staticDir,
    port: values.port ? Number(values.port) : 0,
    token: values.token ?? process.env.OSH_WORKBENCH_TOKEN,
  });
  process.stdout.write(`Osh ICT Workbench is running at ${server.url}\n`);
  if (values.open) openInBrowser(server.url);
  const stop = async () => {
    await server.close();
    await engine.shutdown();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  return new Promise<number>(() => {});
}

async function query(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { workspace: { type: "string" }, format: { type: "string", default: "json" } },
  });
  const sql = positionals.join(" ");
  if (!sql.trim()) {
    process.stderr.write("query: give the SQL to run as an argument.\n");
    return 1;
  }
  if (values.format !== "json" && values.format !== "csv") {
    process.stderr.write(`query: unknown --format "${values.format}" (json or csv).\n`);
    return 1;
  }
  const engine = await Engine.open({
    workspaceDir: values.workspace ?? defaultWorkspaceDir(),
    census: false,
  });
  try {
    const outcome = await engine.runSql(sql, { windowSize: 1 });
    const reader = await engine.withConnection((c) =>
      outcome.resultId
        ? c.runAndReadAll(`SELECT * FROM ${RESULTS_DB}.main."${outcome.resultId}"`)
        : c.runAndReadAll("SELECT NULL WHERE false"),
    );
    const rows = outcome.resultId ? reader.getRowObjectsJS() : [];
    const columns = outcome.columns.map((c) => c.name);
    process.stdout.write(
      values.format === "csv" ? rowsToCsv(columns, rows) : `${JSON.stringify(jsonSafe(rows), null, 2)}\n`,
    );
    return 0;
  } catch (e) {
    if (e instanceof EngineError) {
      const at = e.position ? ` (line ${e.position.line}, column ${e.position.column})` : "";
      process.stderr.write(`Error${at}: ${e.message}\n`);
    } else process.stderr.write(`Error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  } finally {
    engine.close();
  }
}

async function generateCensus(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { workspace: { type: "string" }, scale: { type: "string" } },
  });
  const scale = values.scale === undefined ? 1 : Number(values.scale);
  if (!(scale > 0)) {
    process.stderr.write(`generate-census: --scale must be a positive number, got "${values.scale}".\n`);
    return 1;
  }
  const engine = await Engine.open({
    workspaceDir: values.workspace ?? defaultWorkspaceDir(),
    census: false,
  });
  try {
    const started = performance.now();
    const r = await engine.ensureCensus(scale);
    const how = r.generated ? `generated in ${Math.round(performance.now() - started)} ms` : "already cached";
    process.stdout.write(
      `SYNTHETIC census extract: ${r.rows} persons in view ${r.table} (${how})\n  ${r.path}\n`,
    );
    return 0;
  } finally {
    engine.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`osh-workbench: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
