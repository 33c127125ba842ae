import { type RefObject, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { View } from "vega";
import type { ChartLocale } from "../../../shared/charts/chart-locales.ts";
import type { ChartThemeName } from "../../../shared/charts/chart-spec.ts";
import { t } from "../i18n/t.ts";
import type { ChartOutput } from "./chart-output.ts";
import { interactionsOf, presentedSpec, viewConfig, widthIsDefault } from "./presented-spec.ts";

/** The drawn chart as the export menu needs it. */
export interface DrawnChart {
  view: View;
  presented: Record<string, unknown>;
  config: Record<string, unknown>;
}

interface Props {
  output: ChartOutput;
  theme: ChartThemeName;
  locale: ChartLocale;
  cellName: string;
  onDrawn(chart: DrawnChart | null): void;
  /** What the chart shows (rows, source), written under it with what it lets the user do. */
  caption: string;
}

/** Redraws happen when the width changes by this much, not on every pixel of a window drag. */
const WIDTH_STEP = 16;

/** The content width of the element around the chart (the cell's chart area), kept up to date. */
function useAvailableWidth(host: RefObject<HTMLDivElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const area = host.current?.parentElement;
    if (!area) return;
    const measure = (w: number) => setWidth(Math.floor(w / WIDTH_STEP) * WIDTH_STEP);
    const style = getComputedStyle(area);
    measure(area.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight));
    const observer = new ResizeObserver(([entry]) => entry && measure(entry.contentRect.width));
    observer.observe(area);
    return () => observer.disconnect();
  }, [host]);
  return width;
}

/**
 * The live chart. Vega is loaded on first use (a chunk of its own, so the app starts without it)
 * and each change of rows, spec or theme draws a new view in a fresh element.
 */
export function ChartView({ output, theme, locale, cellName, onDrawn, caption }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const available = useAvailableWidth(host);
  const onDrawnRef = useRef(onDrawn);
  onDrawnRef.current = onDrawn;
  const presented = useMemo(
    () =>
      presentedSpec(output.vegaLite, {
        rows: output.rows,
        theme,
        synthetic: output.synthetic,
        syntheticLabel: t("chart.synthetic.label"),
      }),
    [output, theme],
  );
  const can = interactionsOf(presented);
  const hints = [can.zoom ? t("chart.hint.zoom") : null, can.legend ? t("chart.hint.legend") : null];

  useEffect(() => {
    if (available === 0) return;
    const container = document.createElement("div");
    container.className = "chart-canvas";
    host.current?.replaceChildren(container);
    let finalize: (() => void) | null = null;
    let cancelled = false;
    const config = viewConfig(theme, locale);
    const fitWidth = widthIsDefault(output.vegaLite, presented) ? available : null;
    import("./vega-view.ts")
      .then((m) =>
        m.createLiveChart(container, { vegaLite: presented, rows: output.rows, config, theme, fitWidth }),
      )
      .then(
        (live) => {
          if (cancelled) {
            live.finalize();
            return;
          }
          finalize = live.finalize;
          setError(null);
          onDrawnRef.current({ view: live.view, presented, config });
        },
        (e: unknown) => {
          if (!cancelled)
            setError(
              t("chart.error.draw", { name: cellName, message: e instanceof Error ? e.message : String(e) }),
            );
        },
      );
    return () => {
      cancelled = true;
      finalize?.();
      container.remove();
      onDrawnRef.current(null);
    };
  }, [output, presented, theme, locale, cellName, available]);

  return (
    <>
      {error && (
        <div className="cell-error" role="alert" data-testid="chart-draw-error">
          <pre>{error}</pre>
        </div>
      )}
      <div className={`chart-host chart-host-${theme}`} ref={host} data-testid="chart-view" />
      <p className="chart-meta muted small" data-testid="chart-meta">
        {[caption, ...hints].filter((h) => h !== null).join(" · ")}
      </p>
    </>
  );
}
