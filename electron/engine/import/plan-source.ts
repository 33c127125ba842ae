import type { DuckDBConnection } from "@duckdb/node-api";
import { planCsvSource } from "./csv-source.ts";
import { type FileProbe, probeFile } from "./file-probe.ts";
import { detectFormat } from "./import-format-detect.ts";
import { planJsonSource } from "./json-source.ts";
import { planParquetSource } from "./parquet-source.ts";
import type { PlanRequest, SourcePlan } from "./source-plan.ts";
import { planXlsxSource } from "./xlsx-source.ts";

/** Looks at the file, decides (or takes) its format, and plans how DuckDB reads it. */
export async function planSource(
  conn: DuckDBConnection,
  path: string,
  request: PlanRequest,
): Promise<{ probe: FileProbe; plan: SourcePlan }> {
  const probe = await probeFile(path);
  const format = request.overrides.format ?? detectFormat(path, probe.head);
  switch (format) {
    case "csv":
      return { probe, plan: await planCsvSource(conn, probe, request) };
    case "json":
    case "ndjson":
      return { probe, plan: await planJsonSource(conn, probe, format, request) };
    case "parquet":
      return { probe, plan: await planParquetSource(conn, probe, request) };
    case "xlsx":
      return { probe, plan: await planXlsxSource(conn, probe, request) };
  }
}
