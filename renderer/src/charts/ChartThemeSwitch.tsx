import { CHART_THEMES } from "../../../shared/charts/chart-spec.ts";
import { t } from "../i18n/t.ts";
import { useChartTheme } from "./chart-theme-store.ts";

/**
 * Light / dark / projector for every chart of the notebook. Shown in each chart cell's bar (so it
 * is at hand where the charts are); it can also be placed in the notebook toolbar as it is.
 */
export function ChartThemeSwitch() {
  const theme = useChartTheme((s) => s.theme);
  const setTheme = useChartTheme((s) => s.setTheme);
  return (
    <fieldset
      className="chart-theme-switch"
      aria-label={t("chart.theme.label")}
      title={t("chart.theme.hint")}
    >
      {CHART_THEMES.map((name) => (
        <button
          key={name}
          type="button"
          aria-pressed={theme === name}
          className={`chart-theme-option${theme === name ? " active" : ""}`}
          onClick={() => setTheme(name)}
          data-testid={`chart-theme-${name}`}
        >
          {t(`chart.theme.${name}`)}
        </button>
      ))}
    </fieldset>
  );
}
