import { useEffect, useMemo, useState } from "react";
import type { TopLevelSpec } from "vega-lite";
import type { ChartThemeName } from "../../../shared/charts/chart-spec.ts";
import { useChartTheme } from "../charts/chart-theme-store.ts";
import { useLocale } from "../i18n/locale-store.ts";
import { t } from "../i18n/t.ts";
import { useWorkbench } from "../store/workbench-store.ts";

type SvgState = { svg: string | null; error: string | null };

/** How a slide draws a chart: in its own theme, with the font inside the image. */
export interface SlideLook {
  theme: ChartThemeName;
  embedFont: boolean;
}

/**
 * A Vega-Lite spec drawn to SVG by the engine (the renderer's CSP forbids the eval Vega needs)
 * and shown as an image. The spec's JSON is the key: an unchanged spec is not drawn again.
 * Drawn in the user's chart theme, or in `look` (slides).
 */
export function ChartImage({
  spec,
  alt,
  testId,
  look,
}: {
  spec: TopLevelSpec;
  alt: string;
  testId: string;
  look?: SlideLook;
}) {
  const client = useWorkbench((s) => s.client);
  const userTheme = useChartTheme((s) => s.theme);
  const locale = useLocale((s) => s.locale);
  const theme = look?.theme ?? userTheme;
  const embedFont = look?.embedFont ?? false;
  const json = useMemo(() => JSON.stringify(spec), [spec]);
  const [state, setState] = useState<SvgState>({ svg: null, error: null });
  useEffect(() => {
    if (!client) return;
    let current = true;
    const vegaLite = JSON.parse(json) as Record<string, unknown>;
    client.call("chart.svg", { vegaLite, theme, locale, embedFont }).then(
      (r) => current && setState({ svg: r.svg, error: null }),
      (e: unknown) => current && setState({ svg: null, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      current = false;
    };
  }, [client, json, theme, locale, embedFont]);

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
