import path from "node:path";
import { parseArgs } from "node:util";
import { Engine } from "../engine/engine.ts";
import { ImportError } from "../engine/import/import-error.ts";
import { importFile } from "../engine/import/import-file.ts";
import { defaultWorkspaceDir } from "../engine/workspace-dir.ts";
import { USAGE_LINES } from "./cli-usage.ts";

/** Loads a data file into the workspace with the same detection and checks as File > Import. */
export async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { table: { type: "string" }, workspace: { type: "string" }, replace: { type: "boolean" } },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    process.stderr.write(`import: give exactly one file.\n  ${USAGE_LINES.import}\n`);
    return 1;
  }
  const engine = await Engine.open({
    workspaceDir: values.workspace ?? defaultWorkspaceDir(),
    census: false,
  });
  try {
    const r = await engine.withConnection((conn) =>
      importFile(conn, path.resolve(file), { table: values.table, replace: values.replace }),
    );
    const columns = r.columns.map((c) => `${c.name} ${c.type}`).join(", ");
    process.stdout.write(
      `Imported ${r.rows} rows into table ${r.table} in ${Math.round(r.elapsedMs)} ms (${columns})\n`,
    );
    for (const w of r.warnings) process.stdout.write(`warning: ${w}\n`);
    return 0;
  } catch (e) {
    process.stderr.write(
      `import: ${e instanceof ImportError || e instanceof Error ? e.message : String(e)}\n`,
    );
    return 1;
  } finally {
    engine.close();
  }
}
