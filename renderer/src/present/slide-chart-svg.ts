import type { EngineClient } from "../../../shared/protocol/engine-client.ts";
import { arrowRows } from "../charts/arrow-rows.ts";

export interface SlideChart {
  svg: string;
  synthetic: boolean;
}

/** A chart cell drawn for a slide: aggregated in DuckDB, drawn by the engine in the projector theme. */
export async function slideChartSvg(client: EngineClient, spec: unknown): Promise<SlideChart> {
  const q = await client.call("chart.query", { spec });
  // Faceted charts size their panels themselves; single views fill the slide.
  const faceted = "facet" in q.vegaLite || "repeat" in q.vegaLite;
  const { svg } = await client.call("chart.svg", {
    vegaLite: faceted ? q.vegaLite : { ...q.vegaLite, width: 1300, height: 600 },
    datasets: { chart_rows: arrowRows(q.rows).rows },
    theme: "projector",
    embedFont: true,
  });
  return { svg, synthetic: q.synthetic };
}
