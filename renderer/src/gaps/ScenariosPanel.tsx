import { useEffect, useMemo, useRef, useState } from "react";
import { formatRatePct, formatValue, NO_VALUE } from "../../../shared/gap/format-gap-values.ts";
import type { GapCellConfig, Scenario } from "../../../shared/gap/gap-cell-config.ts";
import { indicatorLine, unitHistory, valueTitle } from "../../../shared/gap/gap-chart-specs.ts";
import {
  DEFAULT_SCENARIOS,
  HORIZON_YEARS,
  observedTrend,
  scenarioOutcomes,
  scenarioRatePct,
} from "../../../shared/gap/scenario-model.ts";
import { type ScenarioTargetRow, scenarioTargets } from "../../../shared/gap/scenario-targets.ts";
import { t } from "../i18n/t.ts";
import { ChartImage } from "./ChartImage.tsx";
import type { GapCellOutput } from "./gap-runner.ts";
import { GlyphIcon } from "./StatusIcon.tsx";
import { scenarioChartSpec } from "./scenario-chart-spec.ts";

const RATE_MIN = -20;
const RATE_MAX = 20;

type ScenarioSettings = NonNullable<GapCellConfig["scenarios"]>;

function MetCell({
  year,
  metByTargetYear,
  ratePct,
}: {
  year: number | null;
  metByTargetYear: boolean | null;
  ratePct: number | null;
}) {
  if (ratePct === null) return <span className="muted">{t("gap.scenario.noTrend")}</span>;
  if (year === null) {
    return (
      <span className="gap-met gap-met-never">
        <GlyphIcon glyph="arrowDown" /> {t("gap.scenario.never")}
      </span>
    );
  }
  return (
    <span
      className={`gap-met ${metByTargetYear ? "gap-met-yes" : "gap-met-late"}`}
      data-testid="gap-scenario-year"
    >
      <GlyphIcon glyph={metByTargetYear ? "check" : "arrowRight"} /> {year}{" "}
      <span className="small">{metByTargetYear ? t("gap.scenario.inTime") : t("gap.scenario.late")}</span>
    </span>
  );
}

/**
 * What-if scenarios for one unit: a growth rate per indicator and scenario (sliders), the
 * projections to 2030 and 2040, the year each target is met, and a chart with a line per scenario.
 * Scenarios are saved in the cell's config, so they travel with the notebook.
 */
export function ScenariosPanel({
  output,
  config,
  onChange,
}: {
  output: GapCellOutput;
  config: GapCellConfig;
  onChange: (scenarios: ScenarioSettings) => void;
}) {
  const units = config.unitIds;
  const stored: ScenarioSettings = config.scenarios ?? { list: [...DEFAULT_SCENARIOS] };
  const [draft, setDraft] = useState<ScenarioSettings>(stored);
  const storedJson = JSON.stringify(stored);
  useEffect(() => setDraft(JSON.parse(storedJson) as ScenarioSettings), [storedJson]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  /** Sliders move the draft at once; the notebook gets the change once the slider rests. */
  const commit = (next: ScenarioSettings, delay = 300) => {
    setDraft(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => onChange(next), delay);
  };

  const unitId = draft.unitId && units.includes(draft.unitId) ? draft.unitId : (units[0] ?? "");
  const targets = useMemo(() => scenarioTargets(output, unitId), [output, unitId]);
  const outcomes = useMemo(() => scenarioOutcomes(targets, draft.list), [targets, draft.list]);
  const [chartTarget, setChartTarget] = useState<string | null>(null);
  const shown: ScenarioTargetRow | undefined = targets.find((x) => x.targetId === chartTarget) ?? targets[0];
  const indicators = [...new Map(targets.map((x) => [x.indicatorId, x])).values()];
  const [newName, setNewName] = useState("");

  const setRate = (scenario: Scenario, indicatorId: string, rate: number) =>
    commit({
      ...draft,
      list: draft.list.map((s) =>
        s.id === scenario.id ? { ...s, rates: { ...s.rates, [indicatorId]: rate } } : s,
      ),
    });

  const addScenario = () => {
    const name = newName.trim();
    if (name === "") return;
    const taken = new Set(draft.list.map((s) => s.id));
    let n = 1;
    while (taken.has(`custom-${n}`)) n++;
    setNewName("");
    commit({ ...draft, list: [...draft.list, { id: `custom-${n}`, name, kind: "custom", rates: {} }] }, 0);
  };

  const unitName = (id: string) => output.scorecard.rows.find((r) => r.unitId === id)?.unitName ?? id;

  return (
    <section className="gap-scenarios" data-testid="gap-scenarios" aria-label={t("gap.tab.scenarios")}>
      <p className="small">{t("gap.scenario.intro")}</p>
      <div className="gap-settings-row">
        <label className="gap-field">
          <span>{t("gap.scenario.unit")}</span>
          <select value={unitId} onChange={(e) => commit({ ...draft, unitId: e.target.value }, 0)}>
            {units.map((u) => (
              <option key={u} value={u}>
                {unitName(u)}
              </option>
            ))}
          </select>
        </label>
        <label className="gap-field">
          <span>{t("gap.scenario.newName")}</span>
          <input
            value={newName}
            placeholder={t("gap.scenario.newPlaceholder")}
            data-testid="gap-scenario-name"
            onChange={(e) => setNewName(e.target.value)}
            onKeyDown={(e) => e.key === "Enter" && addScenario()}
          />
        </label>
        <button type="button" className="btn" onClick={addScenario} disabled={newName.trim() === ""}>
          + {t("gap.scenario.add")}
        </button>
      </div>
      {targets.length === 0 ? (
        <p className="gap-note small" data-testid="gap-scenario-empty">
          {t("gap.scenario.none", { unit: unitName(unitId) })}
        </p>
      ) : (
        <>
          <table className="gap-table gap-rates">
            <thead>
              <tr>
                <th>{t("gap.scenario.indicator")}</th>
                {draft.list.map((s) => (
                  <th key={s.id}>
                    {s.name}
                    {s.kind === "custom" && (
                      <button
                        type="button"
                        className="btn ghost"
                        title={t("gap.scenario.remove", { name: s.name })}
                        onClick={() => commit({ ...draft, list: draft.list.filter((x) => x.id !== s.id) }, 0)}
                      >
                        ✕
                      </button>
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {indicators.map((x) => {
                const trend = observedTrend(x.series);
                return (
                  <tr key={x.indicatorId}>
                    <td>
                      {x.row.indicatorName ?? x.indicatorId}
                      <div className="small muted">
                        {trend.ratePct === null
                          ? t("gap.scenario.noTrend")
                          : t("gap.scenario.trend", {
                              rate: formatRatePct(trend.ratePct),
                              from: trend.fromYear ?? "",
                              to: trend.toYear ?? "",
                            })}
                      </div>
                    </td>
                    {draft.list.map((s) => {
                      const rate = scenarioRatePct(s, x.indicatorId, trend.ratePct, x.target.direction);
                      if (s.kind === "baseline") {
                        return (
                          <td key={s.id} className="num">
                            {formatRatePct(rate)}
                            <div className="small muted">{t("gap.scenario.observed")}</div>
                          </td>
                        );
                      }
                      return (
                        <td key={s.id}>
                          <input
                            type="range"
                            min={Math.min(RATE_MIN, Math.floor((rate ?? 0) - 5))}
                            max={Math.max(RATE_MAX, Math.ceil((rate ?? 0) + 5))}
                            step={0.1}
                            value={rate ?? 0}
                            data-testid={`gap-rate-${s.id}-${x.indicatorId}`}
                            aria-label={t("gap.scenario.rateLabel", {
                              scenario: s.name,
                              indicator: x.indicatorId,
                            })}
                            onChange={(e) => setRate(s, x.indicatorId, Number(e.target.value))}
                          />
                          <output className="gap-num">{formatRatePct(rate)}</output>
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>

          <table className="gap-table" data-testid="gap-scenario-table">
            <thead>
              <tr>
                <th>{t("gap.table.target")}</th>
                <th>{t("gap.scenario.scenario")}</th>
                <th className="num">{t("gap.scenario.rate")}</th>
                {HORIZON_YEARS.map((y) => (
                  <th key={y} className="num">
                    {t("gap.scenario.valueIn", { year: y })}
                  </th>
                ))}
                <th className="num">{t("gap.scenario.atTargetYear")}</th>
                <th>{t("gap.scenario.yearMet")}</th>
              </tr>
            </thead>
            <tbody>
              {targets.flatMap((x) =>
                draft.list.map((s, i) => {
                  const o = outcomes.find((z) => z.targetId === x.targetId && z.scenarioId === s.id);
                  return (
                    <tr key={`${x.targetId}|${s.id}`} data-target={x.targetId} data-scenario={s.id}>
                      {i === 0 && (
                        <td rowSpan={draft.list.length} className="gap-target-cell">
                          <strong>{x.targetId}</strong>
                          <div className="small">
                            {t("gap.scenario.targetLine", {
                              value: formatValue(x.target.value),
                              year: x.target.year,
                              direction: t(`gap.direction.${x.target.direction}`),
                            })}
                          </div>
                        </td>
                      )}
                      <td>{s.name}</td>
                      <td className="num gap-num">{formatRatePct(o?.ratePct)}</td>
                      {HORIZON_YEARS.map((y) => (
                        <td key={y} className="num gap-num">
                          {formatValue(o?.valueIn[y] ?? null)}
                        </td>
                      ))}
                      <td className="num gap-num">{formatValue(o?.valueAtTargetYear ?? null)}</td>
                      <td>
                        {o ? (
                          <MetCell
                            year={o.yearTargetMet}
                            metByTargetYear={o.metByTargetYear}
                            ratePct={o.ratePct}
                          />
                        ) : (
                          NO_VALUE
                        )}
                      </td>
                    </tr>
                  );
                }),
              )}
            </tbody>
          </table>

          {outcomes.some((o) => o.capped) && <p className="small muted">{t("gap.scenario.capped")}</p>}
          {shown && (
            <figure className="gap-figure">
              {targets.length > 1 && (
                <label className="gap-field">
                  <span>{t("gap.scenario.chartTarget")}</span>
                  <select value={shown.targetId} onChange={(e) => setChartTarget(e.target.value)}>
                    {targets.map((x) => (
                      <option key={x.targetId} value={x.targetId}>
                        {x.targetId}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              <ChartImage
                testId="gap-chart-scenarios"
                alt={t("gap.scenario.chartAlt", { target: shown.targetId })}
                spec={scenarioChartSpec({
                  title: t("gap.scenario.chartTitle", { target: shown.targetId, unit: unitName(unitId) }),
                  subtitle: [indicatorLine(shown.row), t("gap.scenario.chartSubtitle")],
                  history: unitHistory(output.series[shown.indicatorId]?.points ?? [], unitId),
                  target: { year: shown.target.year, value: shown.target.value },
                  scenarios: draft.list.map((s) => ({
                    name: s.name,
                    path:
                      outcomes.find((o) => o.targetId === shown.targetId && o.scenarioId === s.id)?.path ??
                      [],
                  })),
                  valueTitle: valueTitle(shown.row),
                  labels: {
                    observed: t("gap.chart.observed"),
                    target: t("gap.chart.target"),
                    year: t("gap.chart.year"),
                  },
                })}
              />
            </figure>
          )}
        </>
      )}
    </section>
  );
}
