import fs from "node:fs";
import path from "node:path";
import type { TopLevelSpec } from "vega-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { renderChartSvg } from "../../../electron/engine/charts/render-chart-svg.ts";
import type { ChartLocale } from "../../../shared/charts/chart-locales.ts";
import { CHART_THEMES, type ChartThemeName } from "../../../shared/charts/chart-spec.ts";
import { bulletChart } from "../../../shared/charts/presets/bullet-chart.ts";
import { districtMap } from "../../../shared/charts/presets/district-map.ts";
import { districtSmallMultiples } from "../../../shared/charts/presets/district-small-multiples.ts";
import { districtTileGrid, OSH_TILE_GRID } from "../../../shared/charts/presets/district-tile-grid.ts";
import { indicatorHeatmap } from "../../../shared/charts/presets/indicator-heatmap.ts";
import { trajectoryChart } from "../../../shared/charts/presets/trajectory-chart.ts";
import {
  ESCAP_STATUSES,
  INDICATORS,
  loadOshUnits,
  SYNTHETIC,
  shortName,
  syntheticValue,
  type UnitRecord,
} from "./preset-fixtures.ts";

/**
 * Golden SVGs, Observable Plot style: `UPDATE_GOLDEN=1 npx vitest run tests/unit/charts` writes
 * tests/unit/charts/golden/*.svg; otherwise each rendering must equal its file byte for byte.
 */
const GOLDEN_DIR = path.join(import.meta.dirname, "golden");
const UPDATE = process.env.UPDATE_GOLDEN === "1";

async function expectGolden(name: string, svg: string): Promise<void> {
  const file = path.join(GOLDEN_DIR, `${name}.svg`);
  if (UPDATE) {
    fs.mkdirSync(GOLDEN_DIR, { recursive: true });
    fs.writeFileSync(file, svg);
    return;
  }
  if (!fs.existsSync(file)) {
    throw new Error(`golden file ${file} is missing; run UPDATE_GOLDEN=1 npx vitest run tests/unit/charts`);
  }
  const golden = fs.readFileSync(file, "utf8");
  if (svg === golden) return;
  let at = 0;
  while (at < svg.length && svg[at] === golden[at]) at++;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 60), at + 60));
  expect.fail(
    `${name}.svg differs from ${file} at character ${at}:\n  new:    ${around(svg)}\n  golden: ${around(golden)}`,
  );
}

let units: UnitRecord[];
beforeAll(async () => {
  units = await loadOshUnits();
});

type PresetCase = (theme: ChartThemeName, names: "en" | "ky") => TopLevelSpec;

const nameOf = (u: UnitRecord, names: "en" | "ky") => shortName(names === "en" ? u.nameEn : u.nameKy);

const PRESETS: Record<string, PresetCase> = {
  bullet: (theme, names) =>
    bulletChart({
      title: "Households with internet access vs 2026 target",
      subtitle: SYNTHETIC,
      theme,
      valueTitle: "Share of households, %",
      rows: units.map((u, i) => ({
        unitId: u.unitId,
        label: nameOf(u, names),
        value: i === 3 ? null : syntheticValue(i, 1),
        target: 80,
      })),
    }),
  trajectory: (theme) =>
    trajectoryChart({
      title: "Fixed broadband subscriptions, Osh city",
      subtitle: SYNTHETIC,
      theme,
      valueTitle: "per 100 inhabitants",
      history: [2016, 2018, 2019, 2021, 2023].map((year, i) => ({
        year,
        value: 4 + i * 1.7 + (i % 2) * 0.6,
      })),
      projection: [
        { year: 2023, value: 11.4 },
        { year: 2030, value: 18.9 },
      ],
      target: { year: 2030, value: 30 },
      labels: {
        history: "Observed",
        requiredPath: "Required path",
        projection: "Trend projection",
        target: "Target",
        year: "Year",
      },
    }),
  "heatmap-status": (theme, names) =>
    indicatorHeatmap({
      title: "Where each unit stands (ESCAP method)",
      subtitle: SYNTHETIC,
      theme,
      colorBy: "status",
      statuses: ESCAP_STATUSES,
      statusTitle: "Status",
      cells: units.flatMap((u, i) =>
        INDICATORS.map((ind, j) => ({
          unitId: u.unitId,
          unitLabel: nameOf(u, names),
          indicatorId: ind.id,
          indicatorLabel: ind.label,
          value: (i + j) % 7 === 0 ? null : syntheticValue(i, j),
          status: (i + j) % 7 === 0 ? "insufficient_data" : (ESCAP_STATUSES[(i * 3 + j) % 4]?.id ?? null),
        })),
      ),
    }),
  "heatmap-value": (theme, names) =>
    indicatorHeatmap({
      title: "Indicator values by unit",
      subtitle: SYNTHETIC,
      theme,
      colorBy: "value",
      valueTitle: "Value",
      cells: units.flatMap((u, i) =>
        INDICATORS.map((ind, j) => ({
          unitId: u.unitId,
          unitLabel: nameOf(u, names),
          indicatorId: ind.id,
          indicatorLabel: ind.label,
          value: (i + j) % 9 === 4 ? null : syntheticValue(i, j + 2),
        })),
      ),
    }),
  "small-multiples": (theme, names) =>
    districtSmallMultiples({
      title: "Internet users by district",
      subtitle: SYNTHETIC,
      theme,
      valueTitle: "%",
      yearTitle: "Year",
      rows: units.flatMap((u, i) =>
        [2018, 2019, 2020, 2021, 2022].map((year, k) => ({
          unitId: u.unitId,
          unitLabel: nameOf(u, names),
          year,
          value: Math.round((syntheticValue(i, 5) * 0.5 + k * (3 + (i % 3))) * 10) / 10,
        })),
      ),
      targets: Object.fromEntries(units.filter((_, i) => i % 2 === 0).map((u) => [u.unitId, 70])),
      unitOrder: OSH_TILE_GRID.map((t) => t.unitId),
    }),
  map: (theme, names) =>
    districtMap({
      title: "Mobile broadband subscriptions by district",
      subtitle: SYNTHETIC,
      theme,
      symbol: "size",
      valueTitle: "Subscriptions, thousands",
      notPlacedNote: (labels) => `Not on the map (no coordinates in the units table): ${labels.join(", ")}`,
      units: units.map((u, i) => ({
        unitId: u.unitId,
        label: nameOf(u, names),
        lat: u.lat,
        lon: u.lon,
        value: syntheticValue(i, 3) * 4,
      })),
    }),
  "tile-grid": (theme, names) =>
    districtTileGrid({
      title: "Households with internet, %",
      subtitle: SYNTHETIC,
      theme,
      colorBy: "value",
      valueTitle: "%",
      units: units.map((u, i) => ({
        unitId: u.unitId,
        label: nameOf(u, names),
        value: u.unitId === "chon_alay" ? null : syntheticValue(i, 4),
      })),
    }),
};

describe("preset charts render like their golden SVGs", () => {
  for (const [preset, make] of Object.entries(PRESETS)) {
    for (const theme of CHART_THEMES) {
      it(`${preset}, ${theme}`, async () => {
        const svg = await renderChartSvg(make(theme, "en"), { theme, locale: "en", idPrefix: `${preset}-` });
        await expectGolden(`${preset}-${theme}`, svg);
      });
    }
  }
  for (const [preset, locale] of [
    ["tile-grid", "ky"],
    ["heatmap-status", "ky"],
    ["small-multiples", "ru"],
  ] as [string, ChartLocale][]) {
    it(`${preset}, light, ${locale} names and number format`, async () => {
      const make = PRESETS[preset] as PresetCase;
      const svg = await renderChartSvg(make("light", "ky"), { locale, idPrefix: `${preset}-` });
      // Kyrgyz letters survive, and numbers use the decimal comma.
      expect(svg).toMatch(/Өзгөн|Чоң|Кара-Кулжа/);
      expect(svg).toMatch(/>\d+,\d</);
      await expectGolden(`${preset}-light-${locale}`, svg);
    });
  }
});

describe("preset contents", () => {
  it("the map places the units that have coordinates and names those that have none", () => {
    const spec = PRESETS.map?.("light", "en") as {
      title: { subtitle: string[] };
      layer: { data: { values: unknown } }[];
    };
    const placed = spec.layer[1]?.data.values as { unit: string }[];
    const missing = units.filter((u) => u.lat === null || u.lon === null).map((u) => shortName(u.nameEn));
    expect(missing.length).toBeGreaterThan(0);
    expect(placed.map((p) => p.unit).sort()).toEqual(
      units
        .filter((u) => u.lat !== null)
        .map((u) => shortName(u.nameEn))
        .sort(),
    );
    expect(spec.title.subtitle.at(-1)).toBe(
      `Not on the map (no coordinates in the units table): ${missing.join(", ")}`,
    );
  });

  it("the tile grid covers the seven districts and Osh city of the units table, once each", () => {
    expect(OSH_TILE_GRID.map((t) => t.unitId).sort()).toEqual(units.map((u) => u.unitId).sort());
    expect(units).toHaveLength(8);
    const places = OSH_TILE_GRID.map((t) => `${t.col},${t.row}`);
    expect(new Set(places).size).toBe(places.length);
    expect(() =>
      districtTileGrid({
        colorBy: "value",
        valueTitle: "%",
        units: [{ unitId: "alay", label: "Alay", value: 1 }],
      }),
    ).toThrow(/missing: \[aravan, kara_suu/);
  });

  it("the trajectory's required path runs straight from the latest observation to the target", () => {
    const spec = PRESETS.trajectory?.("light", "en") as {
      layer: { data: { values: { series: string; year: number; value: number }[] } }[];
    };
    const path = spec.layer[0]?.data.values.filter((r) => r.series === "Required path");
    expect(path).toEqual([
      { series: "Required path", year: 2023, value: 4 + 4 * 1.7 },
      { series: "Required path", year: 2030, value: 30 },
    ]);
  });
});
