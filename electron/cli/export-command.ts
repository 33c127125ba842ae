import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { REPORT_FORMATS, type ReportFormat } from "../../shared/report/report-model.ts";
import { Engine } from "../engine/engine.ts";
import { NOTEBOOKS_FOLDER } from "../engine/notebook/notebook-paths.ts";
import { buildReport } from "../engine/report/notebook-to-report.ts";
import { writeReport } from "../engine/report/write-report.ts";
import { defaultWorkspaceDir } from "../engine/workspace-dir.ts";
import { USAGE_LINES } from "./cli-usage.ts";

const EXPORT_USAGE = `  ${USAGE_LINES.export}`;

/**
 * `osh-workbench export`: runs a notebook with no window and writes it as a report, so a
 * report can be rebuilt from a script. The date on the report is SOURCE_DATE_EPOCH when set
 * (the reproducible-builds convention), else now. Exit code 1 with a message on any failure.
 */
export async function exportCommand(args: string[]): Promise<number> {
  let values: { to?: string; out?: string; workspace?: string; "keep-going"?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        to: { type: "string" },
        out: { type: "string" },
        workspace: { type: "string" },
        "keep-going": { type: "boolean" },
      },
    }));
  } catch (e) {
    return fail(`${(e as Error).message}\nUsage:\n${EXPORT_USAGE}`);
  }
  const [notebookArg, ...extra] = positionals;
  if (!notebookArg || extra.length > 0) return fail(`give one notebook file.\nUsage:\n${EXPORT_USAGE}`);
  if (!values.out) return fail("give the file to write with --out FILE.");
  const format = values.to ?? path.extname(values.out).slice(1).toLowerCase();
  if (!isFormat(format)) {
    return fail(
      `--to must be one of ${REPORT_FORMATS.join(", ")}${values.to ? ` (got "${values.to}")` : ""}.`,
    );
  }
  const out = path.resolve(values.out);
  const outDir = path.dirname(out);
  if (!existsSync(outDir) || !statSync(outDir).isDirectory()) {
    return fail(`cannot write ${out}: the folder ${outDir} does not exist.`);
  }
  const workspaceDir = path.resolve(values.workspace ?? defaultWorkspaceDir());
  const notebook = findNotebook(notebookArg, workspaceDir);
  if (notebook === undefined) {
    return fail(
      `notebook ${notebookArg} does not exist (looked in ${process.cwd()} and ${path.join(workspaceDir, NOTEBOOKS_FOLDER)}).`,
    );
  }
  const generatedAt = reportDate();
  if (generatedAt === undefined) return fail("SOURCE_DATE_EPOCH must be a whole number of seconds.");

  const engine = await Engine.open({ workspaceDir });
  try {
    // The synthetic census view appears once generated; a notebook may read it.
    await engine.censusReady;
    const report = await buildReport(engine, notebook, {
      generatedAt,
      onCellError: values["keep-going"] ? "note" : "fail",
    });
    const written = await writeReport(report, format, out);
    const pages =
      written.pages === undefined ? "" : `, ${written.pages} page${written.pages === 1 ? "" : "s"}`;
    process.stdout.write(`Wrote ${written.file} (${format}, ${written.bytes} bytes${pages}).\n`);
    return 0;
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  } finally {
    await engine.shutdown();
  }
}

function fail(message: string): number {
  process.stderr.write(`export: ${message}\n`);
  return 1;
}

function isFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

/** A path as given (from the current folder), else a notebook of that name in the workspace. */
function findNotebook(given: string, workspaceDir: string): string | undefined {
  if (existsSync(given)) return given;
  const inWorkspace = path.join(workspaceDir, NOTEBOOKS_FOLDER, given);
  return existsSync(inWorkspace) ? inWorkspace : undefined;
}

function reportDate(): Date | undefined {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === "") return new Date();
  return /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : undefined;
}
