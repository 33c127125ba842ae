import { useEffect, useMemo, useState } from "react";
import type { TopLevelSpec } from "vega-lite";
import { useChartTheme } from "../charts/chart-theme-store.ts";
import { t } from "../i18n/t.ts";
import { useWorkbench } from "../store/workbench-store.ts";

type SvgState = { svg: string | null; error: string | null };

/**
 * A Vega-Lite spec drawn to SVG by the engine (the renderer's CSP forbids the eval Vega needs)
 * and shown as an image. The spec's JSON is the key: an unchanged spec is not drawn again.
 */
export function ChartImage({ spec, alt, testId }: { spec: TopLevelSpec; alt: string; testId: string }) {
  const client = useWorkbench((s) => s.client);
  const theme = useChartTheme((s) => s.theme);
  const json = useMemo(() => JSON.stringify(spec), [spec]);
  const [state, setState] = useState<SvgState>({ svg: null, error: null });
  useEffect(() => {
    if (!client) return;
    let current = true;
    client.call("chart.svg", { vegaLite: JSON.parse(json) as Record<string, unknown>, theme }).then(
      (r) => current && setState({ svg: r.svg, error: null }),
      (e: unknown) => current && setState({ svg: null, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      current = false;
    };
  }, [client, json, theme]);

  if (state.error)
    return (
      <p className="gap-chart-error cell-error small">{t("gap.chart.failed", { message: state.error })}</p>
    );
  if (!state.svg) return <p className="muted small gap-chart-loading">{t("gap.chart.drawing")}</p>;
  return (
    <img
      className="gap-chart-img"
      data-testid={testId}
      alt={alt}
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(state.svg)}`}
    />
  );
}
