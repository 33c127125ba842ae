import type { ReactNode } from "react";
import {
  CHART_MARKS,
  type ChartMark,
  type ChartSpec,
  LEGEND_POSITIONS,
  type LegendPosition,
  parseChartSpec,
  SINGLE_CHANNELS,
  type SingleChannel,
} from "../../../shared/charts/chart-spec.ts";
import { t } from "../i18n/t.ts";
import { setMark, setOption, setSource } from "./builder-edits.ts";
import { ChannelEditor } from "./ChannelEditor.tsx";
import { CommitInput } from "./CommitInput.tsx";
import { FilterEditor } from "./FilterEditor.tsx";
import { TooltipEditor } from "./TooltipEditor.tsx";
import type { ChartSourceOption } from "./use-chart-sources.ts";

interface Props {
  spec: ChartSpec;
  sources: readonly ChartSourceOption[];
  onSpec(next: ChartSpec): void;
  onRunCell(cellId: string): void;
}

/** The channels the builder lists for a mark, plus any other channel the spec already uses. */
export function visibleChannels(spec: ChartSpec): SingleChannel[] {
  const base: SingleChannel[] =
    spec.mark === "arc"
      ? ["theta", "color", "column", "row"]
      : ["x", "y", "color", "size", "shape", "column", "row"];
  if (spec.mark === "text") base.push("text");
  return SINGLE_CHANNELS.filter((c) => base.includes(c) || spec.encoding[c] !== undefined);
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="chart-section">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}

function positiveInt(text: string): number | undefined {
  const n = Math.round(Number(text));
  return text.trim() !== "" && n >= 20 && n <= 4000 ? n : undefined;
}

/** The chart builder: data, mark, encodings, tooltip, filters and labels. */
export function ChartBuilder({ spec, sources, onSpec, onRunCell }: Props) {
  const source = sources.find((s) => s.name === spec.source);
  const columns = source?.columns ?? [];
  const parsed = spec.source === "" ? null : parseChartSpec(spec);
  const problems = parsed && !parsed.ok ? parsed.errors : [];
  const cells = sources.filter((s) => s.kind === "cell");
  const tables = sources.filter((s) => s.kind === "table");

  return (
    <div className="chart-builder" data-testid="chart-builder">
      <Section title={t("chart.section.data")}>
        <div className="chart-channel-main">
          <span className="chart-channel-name">{t("chart.source")}</span>
          <select
            value={spec.source}
            onChange={(e) => {
              const next = sources.find((s) => s.name === e.target.value);
              onSpec(setSource(spec, e.target.value, next?.columns ?? null));
            }}
            data-testid="chart-source"
            aria-label={t("chart.source")}
          >
            {(spec.source === "" || source === undefined) && (
              <option value={spec.source}>
                {spec.source === "" ? t("chart.source.choose") : spec.source}
              </option>
            )}
            {cells.length > 0 && (
              <optgroup label={t("chart.source.cells")}>
                {cells.map((s) => (
                  <option key={s.name} value={s.name}>
                    {s.name}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label={t("chart.source.tables")}>
              {tables.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.synthetic ? `${s.name} (${t("chart.synthetic.short")})` : s.name}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        {source?.kind === "cell" && source.columns === null && (
          <p className="chart-note">
            {t("chart.source.notRun", { name: source.name })}{" "}
            <button
              type="button"
              className="btn small"
              onClick={() => source.cellId && onRunCell(source.cellId)}
            >
              ▶ {t("chart.source.runIt", { name: source.name })}
            </button>
          </p>
        )}
        <div className="chart-channel-main">
          <span className="chart-channel-name">{t("chart.mark")}</span>
          <select
            value={spec.mark}
            onChange={(e) => onSpec(setMark(spec, e.target.value as ChartMark))}
            data-testid="chart-mark"
            aria-label={t("chart.mark")}
          >
            {CHART_MARKS.map((m) => (
              <option key={m} value={m}>
                {t(`chart.mark.${m}`)}
              </option>
            ))}
          </select>
          {(spec.mark === "line" || spec.mark === "area") && (
            <label className="chart-check">
              <input
                type="checkbox"
                checked={spec.points === true}
                onChange={(e) => onSpec(setOption(spec, "points", e.target.checked ? true : undefined))}
                data-testid="chart-points"
              />
              {t("chart.points")}
            </label>
          )}
        </div>
      </Section>

      <Section title={t("chart.section.encoding")}>
        {visibleChannels(spec).map((channel) => (
          <ChannelEditor key={channel} channel={channel} spec={spec} columns={columns} onSpec={onSpec} />
        ))}
        <TooltipEditor spec={spec} columns={columns} onSpec={onSpec} />
      </Section>

      <Section title={t("chart.section.filters")}>
        <FilterEditor spec={spec} columns={columns} onSpec={onSpec} />
      </Section>

      <Section title={t("chart.section.labels")}>
        <div className="chart-form">
          <CommitInput
            label={t("chart.title")}
            value={spec.title ?? ""}
            onCommit={(v) => onSpec(setOption(spec, "title", v))}
            data-testid="chart-title"
          />
          <CommitInput
            label={t("chart.subtitle")}
            value={spec.subtitle ?? ""}
            disabled={spec.title === undefined}
            onCommit={(v) => onSpec(setOption(spec, "subtitle", v))}
            data-testid="chart-subtitle"
          />
          <div className="chart-form-row">
            <CommitInput
              label={t("chart.width")}
              type="number"
              min={20}
              max={4000}
              value={spec.width === undefined ? "" : String(spec.width)}
              placeholder={t("chart.auto")}
              onCommit={(v) => onSpec(setOption(spec, "width", positiveInt(v)))}
            />
            <CommitInput
              label={t("chart.height")}
              type="number"
              min={20}
              max={4000}
              value={spec.height === undefined ? "" : String(spec.height)}
              placeholder={t("chart.auto")}
              onCommit={(v) => onSpec(setOption(spec, "height", positiveInt(v)))}
            />
            <label>
              {t("chart.legend")}
              <select
                value={spec.legend ?? ""}
                onChange={(e) =>
                  onSpec(
                    setOption(
                      spec,
                      "legend",
                      e.target.value === "" ? undefined : (e.target.value as LegendPosition),
                    ),
                  )
                }
                data-testid="chart-legend"
              >
                <option value="">{t("chart.legend.auto")}</option>
                {LEGEND_POSITIONS.map((p) => (
                  <option key={p} value={p}>
                    {t(`chart.legend.${p}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </div>
      </Section>

      {problems.length > 0 && (
        <div className="chart-problems" role="status" data-testid="chart-problems">
          <strong>{t("chart.problems")}</strong>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
