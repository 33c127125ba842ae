import { DataType, tableFromIPC } from "apache-arrow";
import type { EngineClient } from "../../../shared/protocol/engine-client.ts";

export interface SlideChart {
  svg: string;
  synthetic: boolean;
}

/** Plain JSON rows for the engine's renderer: 64-bit integers and decimals become numbers. */
export function plainRows(ipc: Uint8Array): Record<string, unknown>[] {
  const table = tableFromIPC(ipc);
  const scales = new Map(
    table.schema.fields
      .filter((f) => DataType.isDecimal(f.type))
      .map((f) => [f.name, (f.type as { scale: number }).scale]),
  );
  return table.toArray().map((row) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(row.toJSON() as Record<string, unknown>)) {
      const scale = scales.get(k);
      if (typeof v === "bigint") out[k] = Number(v);
      else if (scale !== undefined && v !== null) out[k] = Number(String(v)) / 10 ** scale;
      else out[k] = v;
    }
    return out;
  });
}

/** A chart cell drawn for a slide: aggregated in DuckDB, drawn by the engine in the projector theme. */
export async function slideChartSvg(client: EngineClient, spec: unknown): Promise<SlideChart> {
  const q = await client.call("chart.query", { spec });
  // Faceted charts size their panels themselves; single views fill the slide.
  const faceted = "facet" in q.vegaLite || "repeat" in q.vegaLite;
  const { svg } = await client.call("chart.svg", {
    vegaLite: faceted ? q.vegaLite : { ...q.vegaLite, width: 1300, height: 600 },
    datasets: { chart_rows: plainRows(q.rows) },
    theme: "projector",
    embedFont: true,
  });
  return { svg, synthetic: q.synthetic };
}
