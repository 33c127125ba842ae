import { describe, expect, it } from "vitest";
import { projectScenario } from "../../../shared/gap/project-scenario.ts";

// Synthetic series for the arithmetic.
const series = [
  { year: 2018, value: 80 },
  { year: 2020, value: 100 },
];

describe("projectScenario", () => {
  it("compounds an assumed growth rate from the latest point", () => {
    // 100 -> 110 -> 121 -> 133.1; 121 is reached after ln(1.21)/ln(1.1) = 2 years: 2022
    const r = projectScenario({
      series,
      assumption: { kind: "growth_rate", rate: 0.1 },
      target: { value: 121, year: 2023, direction: "higher" },
    });
    expect(r.start).toEqual({ year: 2020, value: 100 });
    expect(r.path.map((p) => p.year)).toEqual([2020, 2021, 2022, 2023]);
    [100, 110, 121, 133.1].forEach((v, i) => {
      expect(r.path[i]!.value).toBeCloseTo(v, 10);
    });
    expect(r.valueAtTargetYear).toBeCloseTo(133.1, 10);
    expect(r.yearTargetMet).toBe(2022);
  });

  it("adds an assumed yearly change", () => {
    // 100 + 5 a year; 112 needs (112 - 100) / 5 = 2.4 years -> 2023
    const r = projectScenario({
      series,
      assumption: { kind: "annual_change", change: 5 },
      target: { value: 112, year: 2025, direction: "higher" },
    });
    expect(r.path.map((p) => p.value)).toEqual([100, 105, 110, 115, 120, 125]);
    expect(r.valueAtTargetYear).toBe(125);
    expect(r.yearTargetMet).toBe(2023);
  });

  it("handles lower-is-better targets", () => {
    // 100 - 10 a year reaches 50 after 5 years: 2025
    const r = projectScenario({
      series,
      assumption: { kind: "annual_change", change: -10 },
      target: { value: 50, year: 2030, direction: "lower" },
    });
    expect(r.yearTargetMet).toBe(2025);
  });

  it("finds the year beyond the horizon, or none when moving the wrong way", () => {
    // +1 a year from 100 reaches 120 in 2040, past the 2025 horizon
    const slow = projectScenario({
      series,
      assumption: { kind: "annual_change", change: 1 },
      target: { value: 120, year: 2025, direction: "higher" },
    });
    expect(slow.path[slow.path.length - 1]).toEqual({ year: 2025, value: 105 });
    expect(slow.yearTargetMet).toBe(2040);
    const wrong = projectScenario({
      series,
      assumption: { kind: "growth_rate", rate: -0.02 },
      target: { value: 120, year: 2025, direction: "higher" },
    });
    expect(wrong.yearTargetMet).toBeNull();
  });

  it("extends the path to horizonYear and starts from asOfYear", () => {
    const r = projectScenario({
      series,
      assumption: { kind: "annual_change", change: 2 },
      target: { value: 90, year: 2020, direction: "higher" },
      horizonYear: 2021,
      asOfYear: 2019,
    });
    expect(r.start).toEqual({ year: 2018, value: 80 });
    expect(r.path).toEqual([
      { year: 2018, value: 80 },
      { year: 2019, value: 82 },
      { year: 2020, value: 84 },
      { year: 2021, value: 86 },
    ]);
    expect(r.yearTargetMet).toBe(2023); // (90 - 80) / 2 = 5 years
  });

  it("says the start year when the target is already met, and nothing for an empty series", () => {
    const met = projectScenario({
      series,
      assumption: { kind: "growth_rate", rate: 0 },
      target: { value: 90, year: 2025, direction: "higher" },
    });
    expect(met.yearTargetMet).toBe(2020);
    const empty = projectScenario({
      series: [],
      assumption: { kind: "growth_rate", rate: 0.1 },
      target: { value: 90, year: 2025, direction: "higher" },
    });
    expect(empty).toEqual({ start: null, path: [], valueAtTargetYear: null, yearTargetMet: null });
  });

  it("rejects impossible assumptions with a clear message", () => {
    expect(() =>
      projectScenario({
        series,
        assumption: { kind: "growth_rate", rate: -1 },
        target: { value: 90, year: 2025, direction: "lower" },
      }),
    ).toThrow(/growth rate must be a finite number above -1/);
    expect(() =>
      projectScenario({
        series,
        assumption: { kind: "annual_change", change: Number.NaN },
        target: { value: 90, year: 2025, direction: "lower" },
      }),
    ).toThrow(/annual change must be a finite number; got NaN/);
  });
});
