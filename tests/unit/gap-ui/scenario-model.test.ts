import { describe, expect, it } from "vitest";
import type { Scenario } from "../../../shared/gap/gap-cell-config.ts";
import {
  DEFAULT_SCENARIOS,
  observedTrend,
  type ScenarioTarget,
  scenarioOutcomes,
  scenarioRatePct,
} from "../../../shared/gap/scenario-model.ts";

/*
 * Synthetic series chosen for hand-worked arithmetic (100 -> 121 over two years is exactly +10 %
 * a year); none is a statistic.
 */
const rising: ScenarioTarget = {
  targetId: "TX",
  indicatorId: "synthetic_share",
  target: { value: 200, year: 2030, direction: "higher" },
  series: [
    { year: 2018, value: 100 },
    { year: 2020, value: 121 },
  ],
  valueMin: null,
  valueMax: null,
};

const custom = (rates: Record<string, number>): Scenario => ({
  id: "c1",
  name: "Custom",
  kind: "custom",
  rates,
});

describe("observedTrend", () => {
  it("is the compound growth from the first to the latest year, several values in one year averaged", () => {
    const t = observedTrend([...rising.series, { year: 2020, value: 121 }, { year: 2018, value: 100 }]);
    expect(t.ratePct).toBeCloseTo(10, 10);
    expect(t).toMatchObject({ fromYear: 2018, toYear: 2020 });
    expect(observedTrend([{ year: 2020, value: 5 }]).ratePct).toBeNull();
    expect(
      observedTrend([
        { year: 2019, value: 0 },
        { year: 2020, value: 5 },
      ]).ratePct,
    ).toBeNull();
  });
});

describe("scenarioRatePct", () => {
  it("uses the trend for the baseline and moves optimistic and pessimistic towards and away from the target", () => {
    const [baseline, optimistic, pessimistic] = DEFAULT_SCENARIOS;
    expect(scenarioRatePct(baseline!, "x", 10, "higher")).toBe(10);
    expect(scenarioRatePct(optimistic!, "x", 10, "higher")).toBe(12);
    expect(scenarioRatePct(pessimistic!, "x", 10, "higher")).toBe(8);
    // Lower is better: "towards the target" means falling faster.
    expect(scenarioRatePct(optimistic!, "x", -10, "lower")).toBe(-12);
    expect(scenarioRatePct(pessimistic!, "x", -10, "lower")).toBe(-8);
    // A rate the user set wins; the baseline of a series without a trend has no rate.
    expect(scenarioRatePct({ ...optimistic!, rates: { x: 3 } }, "x", 10, "higher")).toBe(3);
    expect(scenarioRatePct(baseline!, "x", null, "higher")).toBeNull();
    expect(scenarioRatePct(optimistic!, "x", null, "higher")).toBe(2);
  });
});

describe("scenarioOutcomes: when each target is met under each scenario", () => {
  it("gives the first year each scenario meets the target, and the values in 2030 and 2040", () => {
    const out = scenarioOutcomes([rising], [...DEFAULT_SCENARIOS, custom({ synthetic_share: 0 })]);
    const by = (id: string) => out.find((o) => o.scenarioId === id)!;
    // 121 * 1.1^k >= 200 needs k = ln(200/121)/ln(1.1) = 5.27 years -> 2026.
    expect(by("baseline")).toMatchObject({
      ratePct: expect.closeTo(10, 10),
      yearTargetMet: 2026,
      metByTargetYear: true,
    });
    expect(by("optimistic").yearTargetMet).toBe(2025); // 4.43 years at +12 %
    expect(by("pessimistic").yearTargetMet).toBe(2027); // 6.53 years at +8 %
    expect(by("c1")).toMatchObject({ ratePct: 0, yearTargetMet: null, metByTargetYear: false });
    expect(by("baseline").valueIn[2030]).toBeCloseTo(121 * 1.1 ** 10, 6);
    expect(by("baseline").valueIn[2040]).toBeCloseTo(121 * 1.1 ** 20, 6);
    expect(by("baseline").path[0]).toEqual({ year: 2020, value: 121 });
    expect(by("baseline").path.at(-1)?.year).toBe(2040);
  });

  it("says 'late' when the target is met only after its year", () => {
    const [o] = scenarioOutcomes(
      [{ ...rising, target: { ...rising.target, year: 2024 } }],
      [DEFAULT_SCENARIOS[0]!],
    );
    expect(o).toMatchObject({ yearTargetMet: 2026, metByTargetYear: false });
  });

  it("handles 'lower is better' and a target already met", () => {
    const rank: ScenarioTarget = {
      ...rising,
      target: { value: 50, year: 2030, direction: "lower" },
      series: [
        { year: 2018, value: 100 },
        { year: 2020, value: 81 },
      ],
    };
    const [baseline] = scenarioOutcomes([rank], [DEFAULT_SCENARIOS[0]!]);
    // 81 * 0.9^k <= 50 needs k = ln(50/81)/ln(0.9) = 4.58 years -> 2025.
    expect(baseline).toMatchObject({ yearTargetMet: 2025, metByTargetYear: true });
    const met = scenarioOutcomes(
      [{ ...rank, target: { ...rank.target, value: 90 } }],
      [DEFAULT_SCENARIOS[2]!],
    );
    expect(met[0]?.yearTargetMet).toBe(2020);
  });

  it("holds projected values at the indicator's range without moving the year the target is met", () => {
    const share: ScenarioTarget = {
      ...rising,
      target: { value: 95, year: 2030, direction: "higher" },
      series: [
        { year: 2018, value: 80 },
        { year: 2020, value: 88 },
      ],
      valueMin: 0,
      valueMax: 100,
    };
    const [o] = scenarioOutcomes([share], [custom({ synthetic_share: 5 })]);
    expect(o?.capped).toBe(true);
    expect(o?.valueIn[2040]).toBe(100);
    expect(Math.max(...(o?.path ?? []).map((p) => p.value))).toBe(100);
    // 88 * 1.05^k >= 95 needs 1.57 years -> 2022.
    expect(o?.yearTargetMet).toBe(2022);
  });

  it("has no projection for the baseline of a series without a trend", () => {
    const [o] = scenarioOutcomes(
      [{ ...rising, series: [{ year: 2020, value: 121 }] }],
      [DEFAULT_SCENARIOS[0]!],
    );
    expect(o).toMatchObject({ ratePct: null, path: [], yearTargetMet: null, metByTargetYear: null });
  });
});
