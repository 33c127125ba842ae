import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FileEntry } from "../../shared/protocol/methods-io.ts";
import type { Engine } from "./engine.ts";
import { EngineError } from "./engine-error.ts";
import { ExportError } from "./export/export-error.ts";
import { exportTable } from "./export/export-table.ts";
import type { HandlersFor } from "./handler-types.ts";
import { ImportError } from "./import/import-error.ts";
import { importFile } from "./import/import-file.ts";
import { previewImport } from "./import/preview-import.ts";
import { tableNameFromFile } from "./import/table-name.ts";
import { resultTable } from "./result-table.ts";

/** ImportError/ExportError say where (file, line, column); keep that on the wire. */
function ioError(e: unknown): never {
  if (e instanceof ImportError) {
    const where = [
      e.file,
      e.line !== undefined ? `line ${e.line}` : null,
      e.column ? `column ${e.column}` : null,
    ]
      .filter(Boolean)
      .join(", ");
    throw new EngineError("import_failed", e.message, undefined, where);
  }
  if (e instanceof ExportError) throw new EngineError("export_failed", e.message, undefined, e.file);
  throw e;
}

function listDir(dir: string): FileEntry[] {
  const entries: FileEntry[] = [];
  for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
    if (d.name.startsWith(".")) continue;
    const full = path.join(dir, d.name);
    try {
      const st = fs.statSync(full);
      entries.push({
        name: d.name,
        kind: st.isDirectory() ? "dir" : "file",
        size: st.isDirectory() ? null : st.size,
        modified: st.mtime.toISOString(),
      });
    } catch {
      // A broken link or a file we may not read: leave it out of the listing.
    }
  }
  return entries.sort((a, b) =>
    a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === "dir" ? -1 : 1,
  );
}

function uploadPath(engine: Engine, uploadId: string, name: string): string {
  const safe = path.basename(name).replace(/[^\p{L}\p{N}._ -]/gu, "_") || "upload";
  return path.join(engine.workspaceDir, "uploads", uploadId, safe);
}

export const ioHandlers: HandlersFor<
  "files.browse" | "files.upload" | "import.preview" | "import.run" | "export.table"
> = {
  "files.browse": async (_engine, p) => {
    const dir = path.resolve(p.dir ?? os.homedir());
    try {
      const parent = path.dirname(dir);
      return { dir, parent: parent === dir ? null : parent, entries: listDir(dir) };
    } catch (e) {
      throw new EngineError("file_error", `Cannot list ${dir}: ${(e as Error).message}`, undefined, dir);
    }
  },
  "files.upload": async (engine, p) => {
    const file = uploadPath(engine, p.uploadId, p.name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const size = fs.existsSync(file) ? fs.statSync(file).size : 0;
    if (p.offset !== size) {
      throw new EngineError(
        "file_error",
        `Upload of ${p.name} is out of order (at ${size}, got ${p.offset}).`,
        undefined,
        p.name,
      );
    }
    fs.appendFileSync(file, p.chunk);
    return { path: file, received: size + p.chunk.byteLength };
  },
  "import.preview": (engine, p) =>
    engine
      .withConnection(async (conn) => {
        const preview = await previewImport(conn, p.path, p.options);
        return {
          detected: preview.detected as unknown as Record<string, unknown>,
          columns: preview.columns,
          rows: preview.rows,
          warnings: preview.warnings,
          sheets: preview.sheets,
          suggestedTable: tableNameFromFile(p.path),
        };
      })
      .catch(ioError),
  "import.run": (engine, p, ctx) =>
    engine
      .withConnection(async (conn) => {
        const r = await importFile(conn, p.path, {
          table: p.table,
          replace: p.replace,
          options: p.options,
          columnTypes: p.columnTypes,
          signal: ctx.signal,
          onProgress: (pr) =>
            ctx.progress(pr.bytesTotal ? (pr.bytesDone ?? 0) / pr.bytesTotal : null, pr.phase),
        });
        return {
          table: r.table,
          rows: r.rows,
          columns: r.columns,
          elapsedMs: r.elapsedMs,
          warnings: r.warnings,
        };
      })
      .catch(ioError),
  "export.table": (engine, p) =>
    engine
      .withConnection(async (conn) => {
        const source =
          "resultId" in p.source
            ? { sql: `SELECT * FROM ${await resultTable(conn, p.source.resultId)}` }
            : p.source;
        const r = await exportTable(conn, source, p.path, {
          format: p.format,
          excelFriendly: p.excelFriendly,
          locale: p.locale,
        });
        return {
          file: r.file,
          format: r.format,
          rows: r.rows,
          elapsedMs: r.elapsedMs,
          warnings: r.warnings,
          synthetic: r.provenance?.synthetic ?? false,
        };
      })
      .catch(ioError),
};
