import { useEffect, useState } from "react";
import { parseGapConfig } from "../../../shared/gap/gap-cell-config.ts";
import { gapCellCharts, gapHeatmapSpec } from "../../../shared/gap/gap-chart-specs.ts";
import type { GapStatus } from "../../../shared/gap/gap-types.ts";
import { METHOD_DOCS } from "../../../shared/gap/method-docs.ts";
import { countStatuses } from "../../../shared/gap/scorecard-order.ts";
import type { Cell } from "../../../shared/notebook/notebook-schema.ts";
import { ChartImage, type SlideLook } from "../gaps/ChartImage.tsx";
import { type GapCellOutput, gapCellOutput, isGapOutput } from "../gaps/gap-runner.ts";
import { StatusBadge } from "../gaps/StatusIcon.tsx";
import { t } from "../i18n/t.ts";
import { useNotebook } from "../store/notebook-store.ts";
import { useWorkbench } from "../store/workbench-store.ts";

const LOOK: SlideLook = { theme: "projector", embedFont: true };

/**
 * The scorecard the cell's last run computed; a cell not run yet is scored here, by the same
 * runner, without touching the notebook's state.
 */
function useGapOutput(cell: Extract<Cell, { kind: "gap" }>) {
  const client = useWorkbench((s) => s.client);
  const stored = useNotebook((s) => s.runtime[cell.id]?.output);
  const [fetched, setFetched] = useState<GapCellOutput | null>(null);
  const [error, setError] = useState<string | null>(null);
  const have = isGapOutput(stored);
  useEffect(() => {
    if (have || !client) return;
    const abort = new AbortController();
    gapCellOutput(cell, { client, signal: abort.signal }).then(setFetched, (e: unknown) => {
      if (!abort.signal.aborted) setError(e instanceof Error ? e.message : String(e));
    });
    return () => abort.abort();
  }, [have, client, cell]);
  return { output: isGapOutput(stored) ? stored : fetched, error };
}

/**
 * A gap cell as one slide: the method, a count of the statuses, and the status heat map beside
 * the bullet chart of the cell's focus target, in the projector theme.
 */
export function GapSlide({ cell }: { cell: Extract<Cell, { kind: "gap" }> }) {
  const { output, error } = useGapOutput(cell);
  if (error) return <p className="slide-error">{error}</p>;
  if (!output) return <p className="slide-loading">{t("gap.running")}</p>;
  const rows = output.scorecard.rows;
  if (rows.length === 0) return <p className="slide-empty">{t("gap.summary.empty")}</p>;
  const method = output.scorecard.method;
  const parsed = parseGapConfig(cell.options.config, cell.name);
  const focus = parsed.ok ? parsed.config.focus : output.config.focus;
  // A heat map of every target would be too small to read from the back of a room: the slide
  // maps the targets assessed for some unit and counts the others (the counts above include them).
  const assessed = new Set(rows.filter((r) => r.status !== "not_assessable").map((r) => r.targetId));
  const mapped = assessed.size > 0 ? rows.filter((r) => assessed.has(r.targetId)) : rows;
  const targets = (list: typeof rows) => new Set(list.map((r) => r.targetId)).size;
  const unmapped = targets(rows) - targets(mapped);
  // The heat map runs its longer side down the page: with a few rows it is short and wide, and the
  // charts go one above the other; else side by side, the bullet chart narrower to stay large.
  const stacked = Math.max(targets(mapped), new Set(mapped.map((r) => r.unitId)).size) <= 4;
  const look = { theme: LOOK.theme, width: stacked ? 900 : 480 };
  const { bullet, targetId } = gapCellCharts(output, focus, t, look);
  const heatmap = gapHeatmapSpec(mapped, method, t, { ...look, heatmapSubtitle: false });
  return (
    <div className="slide-gap" data-testid="slide-gap">
      <h2>{t("present.gap.title", { method: METHOD_DOCS[method].name })}</h2>
      <ul className="slide-gap-counts" data-testid="slide-gap-counts">
        {countStatuses(rows).map((c) => (
          <li key={c.status}>
            <StatusBadge method={method} status={c.status as GapStatus} />
            <span>{t("present.gap.count", { count: c.count })}</span>
          </li>
        ))}
      </ul>
      <div className="slide-gap-note">
        <p>{t("gap.chart.heatmapGrey")}</p>
        {unmapped > 0 && <p>{t("present.gap.unmapped", { count: unmapped })}</p>}
      </div>
      <div className={`slide-gap-charts${stacked ? " stacked" : ""}`}>
        {heatmap && (
          <ChartImage spec={heatmap} alt={t("gap.chart.heatmapAlt")} testId="slide-gap-heatmap" look={LOOK} />
        )}
        {bullet && (
          <ChartImage
            spec={bullet}
            alt={t("gap.chart.bulletAlt", { target: targetId ?? "" })}
            testId="slide-gap-bullet"
            look={LOOK}
          />
        )}
      </div>
    </div>
  );
}
