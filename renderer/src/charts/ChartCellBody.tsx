import { useEffect, useMemo, useRef, useState } from "react";
import { parseChartSpec } from "../../../shared/charts/chart-spec.ts";
import { DEFAULT_RAW_ROW_THRESHOLD } from "../../../shared/charts/compile-chart-query.ts";
import { useLocale } from "../i18n/locale-store.ts";
import { t } from "../i18n/t.ts";
import type { EditorKeys } from "../notebook/CodeEditor.tsx";
import type { CellBodyProps } from "../notebook/cell-bodies.ts";
import { useNotebook } from "../store/notebook-store.ts";
import { ChartBuilder } from "./ChartBuilder.tsx";
import { ChartExportMenu } from "./ChartExportMenu.tsx";
import { ChartJsonEditor } from "./ChartJsonEditor.tsx";
import { ChartThemeSwitch } from "./ChartThemeSwitch.tsx";
import { ChartView, type DrawnChart } from "./ChartView.tsx";
import { chartCellSource, emptyDraft, readChartCellSpec, storedSpec } from "./chart-cell-spec.ts";
import { type ChartOutput, chartOutputOf } from "./chart-output.ts";
import { useChartTheme } from "./chart-theme-store.ts";
import { isIncompleteFilter } from "./filter-edits.ts";
import { useChartSources } from "./use-chart-sources.ts";

/** Builder edits redraw the chart after this pause, so a run of clicks makes one query. */
const RUN_DELAY_MS = 300;

/** Whether a stored spec can be run as it is (drafts and half-filled filters wait). */
function runnable(stored: unknown): boolean {
  const spec = readChartCellSpec(stored);
  if (spec.kind === "raw") return true;
  if (spec.kind !== "builder") return false;
  const parsed = parseChartSpec(spec.spec);
  return parsed.ok && !(parsed.spec.filters ?? []).some(isIncompleteFilter);
}

/** What a drawn chart shows: how many rows, from where, aggregated or not. */
function chartCaption(output: ChartOutput): string {
  const rows = output.rows.length.toLocaleString("en-US");
  const sourceRows = output.sourceRowCount.toLocaleString("en-US");
  if (output.mode === "aggregated")
    return t("chart.meta.aggregated", { rows, sourceRows, source: output.source });
  if (output.mode === "raw") return t("chart.meta.raw", { rows, source: output.source });
  if (output.source === "") return t("chart.meta.inline");
  return t("chart.meta.vegaLite", { rows, source: output.source });
}

/** A chart cell: the builder or the Vega-Lite JSON on the left, the live chart on the right. */
export function ChartCellBody({ cell, runtime }: CellBodyProps) {
  const stored = cell.kind === "chart" ? cell.options.spec : null;
  const cellSpec = useMemo(() => readChartCellSpec(stored), [stored]);
  const setCellOptions = useNotebook((s) => s.setCellOptions);
  const theme = useChartTheme((s) => s.theme);
  // Number and date formats follow the UI language (decimal comma and Russian months in RU).
  const locale = useLocale((s) => s.locale);
  const sources = useChartSources(cell.id);
  const output = chartOutputOf(runtime);
  const [editing, setEditing] = useState(cellSpec.kind === "empty" || cellSpec.kind === "unreadable");
  const [tab, setTab] = useState<"builder" | "json">(
    cellSpec.kind === "builder" || cellSpec.kind === "empty" ? "builder" : "json",
  );
  const [drawn, setDrawn] = useState<DrawnChart | null>(null);
  const runTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => () => void (runTimer.current && clearTimeout(runTimer.current)), []);

  const run = () => void useNotebook.getState().run({ mode: "cell", id: cell.id });
  const save = (value: unknown) => {
    setCellOptions(cell.id, { spec: value });
    if (runTimer.current) clearTimeout(runTimer.current);
    if (runnable(value)) runTimer.current = setTimeout(run, RUN_DELAY_MS);
  };
  const keys: EditorKeys = {
    onRun: run,
    onRunStay: run,
    onEscape: () => (document.activeElement as HTMLElement | null)?.blur(),
    onFocus: () => useNotebook.getState().select(cell.id, true),
  };
  const source = chartCellSource(cellSpec);
  const synthetic = output?.synthetic ?? sources.find((s) => s.name === source)?.synthetic ?? false;
  const title = cellSpec.kind === "builder" ? cellSpec.spec.title : undefined;

  return (
    <div className="chart-cell" data-testid="chart-cell">
      <div className="chart-bar">
        <button
          type="button"
          className={`btn${editing ? " chart-on" : ""}`}
          onClick={() => setEditing(!editing)}
          aria-pressed={editing}
          data-testid="chart-edit"
        >
          ✎ {t(editing ? "chart.edit.hide" : "chart.edit.show")}
        </button>
        {editing && (
          <div className="chart-tabs" role="tablist">
            {(["builder", "json"] as const).map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                aria-selected={tab === name}
                className={`chart-tab${tab === name ? " active" : ""}`}
                onClick={() => setTab(name)}
                data-testid={`chart-tab-${name}`}
              >
                {t(`chart.tab.${name}`)}
              </button>
            ))}
          </div>
        )}
        <span className="chart-bar-spacer" />
        {synthetic && (
          <span
            className="badge synthetic chart-synthetic"
            data-testid="chart-synthetic"
            title={t("chart.synthetic.label")}
          >
            {t("chart.synthetic.badge")}
          </span>
        )}
        <ChartThemeSwitch />
        <ChartExportMenu drawn={drawn} output={output} cellName={cell.name} title={title} />
      </div>
      <div className={`chart-main${editing ? " editing" : ""}`}>
        {editing && (
          <div className="chart-editor">
            {tab === "json" ? (
              <ChartJsonEditor
                cellSpec={cellSpec}
                stored={stored}
                onEdit={(next) => save(storedSpec(next))}
                keys={keys}
              />
            ) : cellSpec.kind === "builder" || cellSpec.kind === "empty" ? (
              <ChartBuilder
                spec={cellSpec.kind === "builder" ? cellSpec.spec : emptyDraft()}
                sources={sources}
                onSpec={(next) => save(next)}
                onRunCell={(id) => void useNotebook.getState().run({ mode: "cell", id })}
              />
            ) : (
              <div className="chart-note chart-builder-off" data-testid="chart-builder-off">
                <p>
                  {cellSpec.kind === "raw"
                    ? cellSpec.raw.source === undefined
                      ? t("chart.raw.builderOffInline")
                      : t("chart.raw.builderOff", {
                          source: cellSpec.raw.source,
                          limit: DEFAULT_RAW_ROW_THRESHOLD.toLocaleString("en-US"),
                        })
                    : t("chart.error.unreadable", { name: cell.name })}
                </p>
                <button type="button" className="btn" onClick={() => save(emptyDraft(source))}>
                  {t("chart.raw.restart")}
                </button>
              </div>
            )}
            {output?.sql && (
              <details className="chart-sql">
                <summary>{t("chart.sql")}</summary>
                <pre>{output.sql}</pre>
              </details>
            )}
          </div>
        )}
        <div className={`chart-stage${runtime.status === "error" ? " chart-failed" : ""}`}>
          {runtime.status === "error" && runtime.error && (
            <div className="cell-error" role="alert" data-testid="cell-error">
              <pre>{runtime.error.message}</pre>
            </div>
          )}
          {output ? (
            <ChartView
              output={output}
              theme={theme}
              locale={locale}
              cellName={cell.name}
              onDrawn={setDrawn}
              caption={chartCaption(output)}
            />
          ) : (
            runtime.status !== "error" && (
              <p className="chart-empty muted">
                {cellSpec.kind === "empty" ? t("chart.empty") : t("chart.notRun")}
              </p>
            )
          )}
        </div>
      </div>
    </div>
  );
}
