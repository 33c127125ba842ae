import { chartableTargets, gapCellCharts } from "../../../shared/gap/gap-chart-specs.ts";
import { t } from "../i18n/t.ts";
import { ChartImage } from "./ChartImage.tsx";
import type { GapCellOutput } from "./gap-runner.ts";

interface Props {
  output: GapCellOutput;
  focus: { targetId?: string; unitId?: string } | undefined;
  onFocus: (focus: { targetId: string; unitId?: string }) => void;
}

/** Bullet per unit and trajectory for the focus target; heat map of every unit and target. */
export function GapCharts({ output, focus, onFocus }: Props) {
  const rows = output.scorecard.rows;
  const { targetId, focusRows, trajectoryRow, bullet, heatmap, trajectory } = gapCellCharts(output, focus, t);
  const candidates = chartableTargets(rows);

  return (
    <section className="gap-charts" aria-label={t("gap.chart.section")}>
      <div className="gap-settings-row">
        <label className="gap-field">
          <span>{t("gap.chart.focusTarget")}</span>
          <select
            value={targetId ?? ""}
            data-testid="gap-focus-target"
            disabled={candidates.length === 0}
            onChange={(e) => onFocus({ targetId: e.target.value })}
          >
            {candidates.length === 0 && <option value="">{t("gap.chart.noChartable")}</option>}
            {candidates.map((id) => (
              <option key={id} value={id}>
                {id} {rows.find((r) => r.targetId === id)?.indicatorName ?? ""}
              </option>
            ))}
          </select>
        </label>
        {focusRows.length > 1 && (
          <label className="gap-field">
            <span>{t("gap.chart.trajectoryUnit")}</span>
            <select
              value={trajectoryRow?.unitId ?? ""}
              onChange={(e) => targetId && onFocus({ targetId, unitId: e.target.value })}
            >
              {focusRows.map((r) => (
                <option key={r.unitId} value={r.unitId}>
                  {r.unitName ?? r.unitId}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {candidates.length === 0 && <p className="small gap-note">{t("gap.chart.noChartableNote")}</p>}
      <div className="gap-chart-grid">
        {bullet && (
          <figure className="gap-figure">
            <ChartImage
              spec={bullet}
              alt={t("gap.chart.bulletAlt", { target: targetId ?? "" })}
              testId="gap-chart-bullet"
            />
          </figure>
        )}
        {trajectory ? (
          <figure className="gap-figure">
            <ChartImage
              spec={trajectory}
              alt={t("gap.chart.trajectoryAlt", { target: targetId ?? "" })}
              testId="gap-chart-trajectory"
            />
          </figure>
        ) : (
          targetId !== null && (
            <p className="small gap-note">{t("gap.chart.noTrajectory", { target: targetId })}</p>
          )
        )}
        {heatmap && (
          <figure className="gap-figure gap-figure-wide">
            <ChartImage spec={heatmap} alt={t("gap.chart.heatmapAlt")} testId="gap-chart-heatmap" />
          </figure>
        )}
      </div>
    </section>
  );
}
