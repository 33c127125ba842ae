import type { TopLevelSpec } from "vega-lite";
import { PRESET_STYLES } from "../../../shared/charts/themes.ts";
import type { SeriesPoint } from "../../../shared/gap/gap-types.ts";

export interface ScenarioLine {
  readonly name: string;
  readonly path: readonly SeriesPoint[];
}

export interface ScenarioChartInput {
  readonly title: string;
  readonly subtitle: string | readonly string[];
  readonly history: readonly SeriesPoint[];
  readonly target: SeriesPoint;
  readonly scenarios: readonly ScenarioLine[];
  readonly valueTitle: string;
  readonly labels: { readonly observed: string; readonly target: string; readonly year: string };
}

/** Dash patterns after the solid observed line: scenarios stay apart in greyscale print too. */
const DASHES: number[][] = [
  [1, 0],
  [8, 4],
  [2, 3],
  [12, 3, 2, 3],
  [4, 4],
  [1, 5],
];

/**
 * Trajectory with one line per scenario: the observed history, each scenario's projection from
 * the latest observation, and the target as a labelled diamond. Colour and dash tell lines apart.
 */
export function scenarioChartSpec(input: ScenarioChartInput): TopLevelSpec {
  const names = [input.labels.observed, ...input.scenarios.map((s) => s.name)];
  const rows = [
    ...input.history.map((p) => ({ series: input.labels.observed, ...p })),
    ...input.scenarios.flatMap((s) => s.path.map((p) => ({ series: s.name, ...p }))),
  ];
  const x = {
    field: "year",
    type: "quantitative" as const,
    title: input.labels.year,
    axis: { format: "d", tickMinStep: 1 },
    scale: { zero: false, nice: false },
  };
  const y = { field: "value", type: "quantitative" as const, title: input.valueTitle, scale: { zero: true } };
  const targetText = `${input.labels.target} ${input.target.year}: ${input.target.value}`;
  return {
    title: {
      text: input.title,
      subtitle: typeof input.subtitle === "string" ? input.subtitle : [...input.subtitle],
    },
    width: 560,
    height: 300,
    layer: [
      {
        data: { values: rows },
        mark: { type: "line" },
        encoding: {
          x,
          y,
          color: { field: "series", type: "nominal", scale: { domain: names }, title: null },
          strokeDash: {
            field: "series",
            type: "nominal",
            scale: { domain: names, range: DASHES.slice(0, names.length) },
            title: null,
          },
        },
      },
      {
        data: { values: [...input.history] },
        mark: { type: "point", filled: true },
        encoding: { x, y, color: { datum: input.labels.observed, type: "nominal" } },
      },
      {
        data: { values: [{ ...input.target, label: targetText }] },
        layer: [
          {
            mark: {
              type: "point",
              shape: "diamond",
              filled: true,
              size: 200,
              style: PRESET_STYLES.reference,
            },
            encoding: { x, y },
          },
          {
            mark: {
              type: "text",
              style: PRESET_STYLES.label,
              align: "right",
              dx: -10,
              dy: -10,
              fontWeight: "bold",
            },
            encoding: { x, y, text: { field: "label", type: "nominal" } },
          },
        ],
      },
    ],
  };
}
