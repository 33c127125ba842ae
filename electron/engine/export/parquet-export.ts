import type { DuckDBConnection } from "@duckdb/node-api";
import { quoteLiteral } from "../import/sql-quote.ts";
import { copiedRows } from "./copy-result.ts";
import { ExportError } from "./export-error.ts";
import type { ResolvedSource } from "./export-source.ts";
import type { ExportedProvenance } from "./export-types.ts";

/**
 * Parquet through DuckDB's COPY. Provenance travels inside the file as key/value metadata
 * ("workbench.synthetic" etc.), so a synthetic table stays labelled wherever the file goes.
 */
export async function writeParquet(
  conn: DuckDBConnection,
  source: ResolvedSource,
  path: string,
  finalFile: string,
  provenance: ExportedProvenance | undefined,
): Promise<number> {
  const metadata = provenance
    ? `, KV_METADATA {${Object.entries({
        "workbench.table": provenance.table,
        "workbench.dataset_id": provenance.datasetId ?? "",
        "workbench.title": provenance.title ?? "",
        "workbench.synthetic": String(provenance.synthetic),
        "workbench.source_ids": provenance.sourceIds.join(","),
      })
        .map(([key, value]) => `${quoteLiteral(key)}: ${quoteLiteral(value)}`)
        .join(", ")}}`
    : "";
  const reader = await conn
    .runAndReadAll(
      `COPY (${source.sql}) TO ${quoteLiteral(path)} (FORMAT parquet, COMPRESSION zstd${metadata})`,
    )
    .catch((error: unknown) => {
      throw new ExportError(
        "WRITE_FAILED",
        finalFile,
        `cannot write the Parquet file: ${(error as Error).message.split("\n")[0]}`,
      );
    });
  return copiedRows(reader.getRowObjectsJS());
}
