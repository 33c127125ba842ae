import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { BUNDLED_SCHEMAS, BUNDLED_TABLE_NAMES, type BundledManifest } from "./bundled-schema.ts";
import { MANIFEST_RELATIVE_PATH } from "./resolve-datasets-dir.ts";

const columnSchema = z.object({
  name: z.string(),
  type: z.enum(["VARCHAR", "DOUBLE", "INTEGER", "BOOLEAN"]),
  constraint: z.string().optional(),
});

const manifestSchema = z.object({
  dataset_id: z.string().min(1),
  title: z.string(),
  description: z.string(),
  synthetic: z.literal(false),
  content_hash: z.string().regex(/^[0-9a-f]{64}$/),
  generated_by: z.string(),
  inputs: z.array(z.object({ file: z.string(), sha256: z.string() })),
  tables: z.array(
    z.object({
      table: z.enum(BUNDLED_TABLE_NAMES),
      file: z.string().regex(/^[a-z_]+\.csv$/),
      title: z.string(),
      description: z.string(),
      rows: z.number().int().nonnegative(),
      source_ids: z.array(z.string()),
      columns: z.array(columnSchema),
    }),
  ),
});

/**
 * Reads datasets/osh/manifest.json and checks it against the engine's table layout, so a
 * manifest from an older build fails here with a clear message instead of a CSV type error.
 */
export function readBundledManifest(datasetsDir: string): BundledManifest {
  const file = path.join(datasetsDir, MANIFEST_RELATIVE_PATH);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (err) {
    throw new Error(`${file}: cannot read the bundled-data manifest: ${(err as Error).message}`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: invalid manifest at ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? ""}`);
  }
  const manifest = parsed.data as BundledManifest;
  for (const name of BUNDLED_TABLE_NAMES) {
    const entry = manifest.tables.find((t) => t.table === name);
    if (!entry)
      throw new Error(`${file}: table ${name} is missing; rebuild with datasets/build/build-datasets.ts`);
    const expected = BUNDLED_SCHEMAS[name].columns.map((c) => `${c.name} ${c.type}`).join(", ");
    const actual = entry.columns.map((c) => `${c.name} ${c.type}`).join(", ");
    if (expected !== actual) {
      throw new Error(
        `${file}: table ${name} has columns (${actual}) but the engine expects (${expected}); rebuild with datasets/build/build-datasets.ts`,
      );
    }
  }
  return manifest;
}
