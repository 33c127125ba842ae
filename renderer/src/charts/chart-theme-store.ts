import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import { CHART_THEMES, type ChartThemeName } from "../../../shared/charts/chart-spec.ts";

interface ChartThemeState {
  /** The look of every chart in the notebook, and of their exports. */
  theme: ChartThemeName;
  setTheme(theme: ChartThemeName): void;
}

/**
 * The notebook-wide chart look. A presenter switches to "projector" once and every chart
 * follows; kept in the browser's storage so it survives a reload of the window.
 */
export const useChartTheme = create<ChartThemeState>()(
  persist(
    (set) => ({
      theme: "light",
      setTheme: (theme) => set({ theme: CHART_THEMES.includes(theme) ? theme : "light" }),
    }),
    {
      name: "osh-chart-theme",
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ theme: s.theme }),
      // A stored value from another version of the app must not become an unknown theme.
      merge: (stored, current) => {
        const theme = (stored as { theme?: unknown } | undefined)?.theme;
        return CHART_THEMES.find((t) => t === theme)
          ? { ...current, theme: theme as ChartThemeName }
          : current;
      },
    },
  ),
);
