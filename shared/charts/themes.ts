import type { Config } from "vega-lite";
import { type ChartLocale, chartLocale } from "./chart-locales.ts";
import type { ChartThemeName } from "./chart-spec.ts";

/**
 * Vega-Lite configs for the three looks: light (screen, reports), dark (screen) and projector
 * (high contrast, labels >= 18 px, titles >= 24 px, thick lines and marks, readable from the back
 * of a workshop room). Colours are colour-blind safe: Okabe-Ito for categories, viridis for
 * sequential scales. Text is Noto Sans, which covers Kyrgyz ң ө ү (bundled by @fontsource).
 */

export const CHART_FONT = "Noto Sans";
const FONT_STACK = `${CHART_FONT}, sans-serif`;

/** Okabe & Ito (2008) "Color Universal Design" palette. */
export const OKABE_ITO = {
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  reddishPurple: "#CC79A7",
  black: "#000000",
} as const;

/** Category order on white: the darkest, most distinct hues first, pale yellow last. */
export const CATEGORY_ON_LIGHT = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.vermillion,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.black,
  OKABE_ITO.yellow,
];

/** On a dark background black disappears and dark blue is weak: light hues first, white for black. */
export const CATEGORY_ON_DARK = [
  OKABE_ITO.skyBlue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.yellow,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.vermillion,
  "#FFFFFF",
  OKABE_ITO.blue,
];

/** Mark styles (Vega-Lite `mark.style`) every theme defines for the presets. */
export const PRESET_STYLES = {
  /** Targets, required paths: drawn in the text colour. */
  reference: "osh-reference",
  /** Background track of a bullet bar. */
  track: "osh-track",
  /** Country shape on maps. */
  land: "osh-land",
  /** Cells and tiles without a value. */
  noData: "osh-no-data",
  /** Labels written next to marks. */
  label: "osh-label",
  /** Heat-map cells and tiles: separated by a gap in the background colour. */
  cell: "osh-cell",
  /** Outline in the background colour drawn under a label (map labels over shapes). */
  halo: "osh-halo",
} as const;

interface ThemeSizes {
  label: number;
  axisTitle: number;
  title: number;
  subtitle: number;
  stroke: number;
  point: number;
  rule: number;
  domain: number;
  /** Text marks (values written on charts). */
  text: number;
}

interface ThemeColors {
  background: string;
  text: string;
  mutedText: string;
  grid: string;
  domain: string;
  category: string[];
  /** Land on maps, the track behind bullet bars. */
  land: string;
  /** Cells and tiles without data. */
  noData: string;
}

const SCREEN_SIZES: ThemeSizes = {
  label: 11,
  axisTitle: 12,
  title: 16,
  subtitle: 12,
  stroke: 2,
  point: 40,
  rule: 1,
  domain: 1,
  text: 11,
};

const PROJECTOR_SIZES: ThemeSizes = {
  label: 18,
  axisTitle: 20,
  title: 28,
  subtitle: 20,
  stroke: 5,
  point: 160,
  rule: 3,
  domain: 2,
  text: 18,
};

const LIGHT_COLORS: ThemeColors = {
  background: "#FFFFFF",
  text: "#1A1A1A",
  mutedText: "#4D4D4D",
  grid: "#E3E3E3",
  domain: "#888888",
  category: CATEGORY_ON_LIGHT,
  land: "#EFEFEA",
  noData: "#D9D9D9",
};

const DARK_COLORS: ThemeColors = {
  background: "#1E1F22",
  text: "#ECECEC",
  mutedText: "#B8B8B8",
  grid: "#3A3C40",
  domain: "#8A8A8A",
  category: CATEGORY_ON_DARK,
  land: "#2C2E33",
  noData: "#4A4C52",
};

/** Projector: pure black on white, darker grid so it survives a washed-out beamer. */
const PROJECTOR_COLORS: ThemeColors = {
  background: "#FFFFFF",
  text: "#000000",
  mutedText: "#000000",
  grid: "#C8C8C8",
  domain: "#000000",
  category: CATEGORY_ON_LIGHT,
  land: "#EDEDED",
  noData: "#CFCFCF",
};

function themeConfig(sizes: ThemeSizes, colors: ThemeColors): Config {
  const guide = {
    labelFont: FONT_STACK,
    titleFont: FONT_STACK,
    labelFontSize: sizes.label,
    titleFontSize: sizes.axisTitle,
    labelColor: colors.mutedText,
    titleColor: colors.text,
    titleFontWeight: 600 as const,
  };
  return {
    font: FONT_STACK,
    background: colors.background,
    padding: 8,
    view: { stroke: null },
    title: {
      font: FONT_STACK,
      fontSize: sizes.title,
      fontWeight: 700,
      color: colors.text,
      subtitleFont: FONT_STACK,
      subtitleFontSize: sizes.subtitle,
      subtitleColor: colors.mutedText,
      anchor: "start",
      offset: sizes.label / 2,
    },
    axis: {
      ...guide,
      gridColor: colors.grid,
      domainColor: colors.domain,
      tickColor: colors.domain,
      domainWidth: sizes.domain,
      tickWidth: sizes.domain,
      labelPadding: 4,
      titlePadding: sizes.label / 2,
      labelLimit: sizes.label * 22,
    },
    legend: {
      ...guide,
      symbolSize: sizes.point,
      symbolStrokeWidth: sizes.stroke,
      labelLimit: sizes.label * 22,
      titleLimit: sizes.axisTitle * 24,
    },
    header: {
      labelFont: FONT_STACK,
      titleFont: FONT_STACK,
      labelFontSize: sizes.axisTitle,
      titleFontSize: sizes.axisTitle,
      labelColor: colors.text,
      titleColor: colors.text,
      titleFontWeight: 600,
    },
    range: {
      category: colors.category,
      ordinal: { scheme: "viridis" },
      ramp: { scheme: "viridis" },
      heatmap: { scheme: "viridis" },
      diverging: { scheme: "blueorange" },
    },
    mark: { color: colors.category[0] },
    line: { strokeWidth: sizes.stroke },
    trail: { size: sizes.stroke },
    point: { size: sizes.point, strokeWidth: sizes.stroke, filled: true },
    circle: { size: sizes.point },
    square: { size: sizes.point },
    rule: { strokeWidth: sizes.rule, color: colors.text },
    tick: { thickness: sizes.rule },
    text: { font: FONT_STACK, fontSize: sizes.text, color: colors.text },
    arc: { stroke: colors.background, strokeWidth: sizes.rule },
    geoshape: { stroke: colors.domain, strokeWidth: sizes.domain },
    // Named styles the presets use, so their reference marks follow the theme.
    style: {
      [PRESET_STYLES.reference]: { color: colors.text },
      [PRESET_STYLES.track]: { color: colors.land },
      [PRESET_STYLES.land]: { color: colors.land, stroke: colors.domain },
      [PRESET_STYLES.noData]: { color: colors.noData },
      [PRESET_STYLES.label]: { color: colors.text },
      [PRESET_STYLES.cell]: { stroke: colors.background, strokeWidth: 2 },
      [PRESET_STYLES.halo]: {
        color: colors.background,
        stroke: colors.background,
        strokeWidth: sizes.label / 3,
      },
    },
  };
}

const THEMES: Record<ChartThemeName, Config> = {
  light: themeConfig(SCREEN_SIZES, LIGHT_COLORS),
  dark: themeConfig(SCREEN_SIZES, DARK_COLORS),
  projector: themeConfig(PROJECTOR_SIZES, PROJECTOR_COLORS),
};

/** The complete Vega-Lite config for a theme and a language (number and date formats). */
export function chartConfig(theme: ChartThemeName, locale: ChartLocale): Config {
  return { ...THEMES[theme], locale: chartLocale(locale) };
}
