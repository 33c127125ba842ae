import { describe, expect, it } from "vitest";
import { renderChartSvg } from "../../../electron/engine/charts/render-chart-svg.ts";
import { ganttSpec } from "../../../shared/gap/gantt-spec.ts";
import { gapHeatmapSpec, methodProjection } from "../../../shared/gap/gap-chart-specs.ts";
import { gapStringEn } from "../../../shared/gap/gap-strings-en.ts";
import { laggingTargets } from "../../../shared/gap/roadmap-gantt.ts";
import type { ScorecardRowWire } from "../../../shared/protocol/methods-gap.ts";

const labels = {
  today: "Today 2026-01-15",
  status: "Status",
  statuses: { planned: "Planned", in_progress: "In progress", done: "Done", delayed: "Delayed" },
  lagging: "lagging target {targets}",
};

describe("Gantt chart of roadmap actions", () => {
  it("draws each action, the today line from the date passed in, and a note on lagging ones", async () => {
    const spec = ganttSpec({
      title: "Roadmap actions",
      today: "2026-01-15",
      labels,
      actions: [
        {
          actionId: "A01",
          title: "Public Wi-Fi",
          start: "2025-09-01",
          end: "2026-06-30",
          status: "in_progress",
          laggingTargets: ["U01"],
        },
        {
          actionId: "A02",
          title: "Training",
          start: "2026-03-01",
          end: "2026-12-31",
          status: "planned",
          laggingTargets: [],
        },
      ],
    });
    expect(JSON.stringify(spec)).not.toMatch(/now\(\)/);
    const svg = await renderChartSvg(spec);
    expect(svg).toContain("A01 · Public Wi-Fi");
    expect(svg).toContain("A02 · Training");
    expect(svg).toContain("Today 2026-01-15");
    expect(svg).toContain("lagging target U01");
    // One note (the text, as opposed to its aria-label), for A01 only.
    expect(svg.match(/>lagging target [^<]*</g)).toEqual([">lagging target U01<"]);
  });
});

/*
 * Synthetic scorecard rows (figures made up for the arithmetic); not statistics.
 */
function assessed(p: Partial<ScorecardRowWire>): ScorecardRowWire {
  return {
    unitId: "osh_city",
    unitName: "Osh (city)",
    targetId: "U01",
    programme: null,
    frameworkId: null,
    indicatorId: "share",
    indicatorName: "A share",
    indicatorUnit: "%",
    direction: "higher",
    latestValue: 50,
    latestYear: 2020,
    baselineValue: 40,
    baselineYear: 2018,
    targetValue: 80,
    targetYear: 2024,
    gap: 30,
    progress: 0.25,
    growthKind: "compound_rate",
    observedGrowth: 0.1,
    requiredGrowth: 0.12,
    projectedValue: 73.205,
    projectedYear: 2025,
    pointsUsed: 2,
    flags: [],
    sourceIds: [],
    issues: [],
    isUserTarget: true,
    figureSources: { latest: [], baseline: [], target: [] },
    method: "eurostat",
    status: "moderate_progress",
    details: { ratio: 0.83 },
    ...p,
  } as ScorecardRowWire;
}

describe("gap charts", () => {
  it("projects the Eurostat trend by compounding and the linear methods along a straight line", () => {
    const compound = methodProjection(assessed({}));
    expect(compound.map((p) => p.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(compound[4]?.value).toBeCloseTo(50 * 1.1 ** 4, 9);
    const linear = methodProjection(
      assessed({
        growthKind: "annual_change",
        observedGrowth: 5,
        projectedValue: 70,
        method: "german",
        status: "cloudy",
      }),
    );
    expect(linear.map((p) => p.value)).toEqual([50, 55, 60, 65, 70]);
    expect(methodProjection(assessed({ projectedValue: null }))).toEqual([]);
  });

  it("colours the heat map by status and marks a lagging target for the roadmap", async () => {
    const rows = [
      assessed({}),
      assessed({ unitId: "kg", unitName: "Kyrgyz Republic", status: "target_met" }),
    ];
    const svg = await renderChartSvg(gapHeatmapSpec(rows, "eurostat", gapStringEn)!);
    expect(svg).toContain("Moderate progress");
    expect(svg).toContain("Target met");
    expect([...laggingTargets(rows, "eurostat", gapStringEn)]).toEqual([
      ["U01", "Moderate progress (Osh (city))"],
    ]);
  });
});
