import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Engine } from "../../electron/engine/engine.ts";
import { importFile } from "../../electron/engine/import/import-file.ts";
import { createBenchTableSql } from "./bench-data.ts";
import type { Metric } from "./bench-metric.ts";
import { median, timeAlternating } from "./bench-stats.ts";

/** About 200 MB of CSV. */
const CSV_ROWS = 2_600_000;

/**
 * Importing a ~200 MB CSV through the import feature (importFile: detection, sniffing, load into
 * a working table, rename, provenance) against DuckDB's own
 * CREATE TABLE AS SELECT * FROM read_csv(file) on the same file, in the same workspace database.
 */
export async function benchImport(): Promise<Metric[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "osh-bench-import-"));
  const engine = await Engine.open({ workspaceDir: dir, bundledData: false });
  try {
    const csv = path.join(dir, "synthetic_10_columns.csv");
    await engine.withConnection(async (conn) => {
      await conn.run(createBenchTableSql("csv_source", CSV_ROWS));
      await conn.run(`COPY (
  SELECT id, category, district, amount, round(score, 3) AS score, year,
    DATE '2000-01-01' + (id % 9000)::INTEGER AS day,
    'item ' || (id % 997) AS label, id % 7 = 0 AS flagged, amount * 1.5 AS amount_som
  FROM csv_source ORDER BY id
) TO '${csv.replaceAll("'", "''")}' (HEADER, DELIMITER ',')`);
      await conn.run("DROP TABLE csv_source");
    });
    const sizeMB = fs.statSync(csv).size / 1024 ** 2;
    const times = await engine.withConnection((conn) =>
      timeAlternating(
        {
          duckdb: () =>
            conn.run(`CREATE TABLE csv_reference AS SELECT * FROM read_csv('${csv.replaceAll("'", "''")}')`),
          importer: async () => {
            const result = await importFile(conn, csv, { table: "csv_imported" });
            if (result.rows !== CSV_ROWS) throw new Error(`imported ${result.rows} rows, not ${CSV_ROWS}`);
          },
        },
        { warmup: 1, runs: 3 },
        async () => {
          await conn.run("DROP TABLE IF EXISTS csv_reference");
          await conn.run("DROP TABLE IF EXISTS csv_imported");
          await conn.run("CHECKPOINT");
        },
      ),
    );
    const importer = median(times.importer);
    const duckdb = median(times.duckdb);
    return [
      {
        name: "csv_import_ratio",
        value: importer / duckdb,
        unit: "ratio",
        goal: { op: "<=", target: 1.15 },
        note: `importFile / DuckDB CTAS read_csv on a ${sizeMB.toFixed(0)} MB CSV`,
      },
      { name: "csv_import_ms", value: importer, unit: "ms" },
      { name: "csv_read_csv_ms", value: duckdb, unit: "ms" },
      { name: "csv_import_mb_per_s", value: sizeMB / (importer / 1000), unit: "MB/s" },
    ];
  } finally {
    engine.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
