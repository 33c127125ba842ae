import { describe, expect, it } from "vitest";
import { assessSeries } from "../../../shared/gap/assess-series.ts";
import type { GapTarget, SeriesPoint } from "../../../shared/gap/gap-types.ts";

// All series here are synthetic, made up for the arithmetic.

const pts = (...pairs: [number, number][]): SeriesPoint[] => pairs.map(([year, value]) => ({ year, value }));

describe("assessSeries with eurostat", () => {
  // Baseline 50 (2015), latest 60.5 (2017), target 80 by 2025, higher is better.
  // observed = (60.5 / 50) ^ (1/2) - 1 = 0.1; required = (80 / 50) ^ (1/10) - 1 = 1.6 ^ 0.1 - 1 = 0.048122
  // ratio = 0.1 / 0.048122 = 2.078 -> significant progress
  // projected year: ln(80 / 60.5) / ln(1.1) = 0.279384 / 0.0953102 = 2.93 -> 2017 + 3 = 2020
  // projected 2025 value: 60.5 * 1.1 ^ 8 = 60.5 * 2.14358881 = 129.687
  const target: GapTarget = {
    value: 80,
    year: 2025,
    direction: "higher",
    baselineValue: 50,
    baselineYear: 2015,
  };

  it("assesses a hand-worked case", () => {
    const a = assessSeries(pts([2016, 55], [2017, 60.5]), target, "eurostat");
    expect(a.method).toBe("eurostat");
    expect(a.status).toBe("significant_progress");
    expect(a.baseline).toEqual({ year: 2015, value: 50 });
    expect(a.latest).toEqual({ year: 2017, value: 60.5 });
    expect(a.observedGrowth).toBeCloseTo(0.1, 12);
    expect(a.requiredGrowth).toBeCloseTo(0.048122, 6);
    expect(a.details.ratio).toBeCloseTo(0.1 / 0.048122, 3);
    expect(a.projectedYear).toBe(2020);
    expect(a.projectedValue).toBeCloseTo(129.687, 3);
    expect(a.gap).toBeCloseTo(19.5, 12); // 80 - 60.5
    expect(a.progress).toBeCloseTo(0.35, 12); // (60.5 - 50) / (80 - 50) = 10.5 / 30
    expect(a.growthKind).toBe("compound_rate");
    expect(a.flags).toEqual([]);
  });

  it("grades moderate, insufficient and moving away", () => {
    // baseline 100 (2015), target 200 (2025): required = 2 ^ 0.1 - 1 = 0.071773
    const t: GapTarget = {
      value: 200,
      year: 2025,
      direction: "higher",
      baselineValue: 100,
      baselineYear: 2015,
    };
    // latest 100 * 1.05 ^ 5 = 127.62815625 -> observed 0.05, ratio 0.697
    expect(assessSeries(pts([2020, 127.62815625]), t, "eurostat").status).toBe("moderate_progress");
    // latest 100 * 1.02 ^ 5 = 110.40808032 -> observed 0.02, ratio 0.279
    expect(assessSeries(pts([2020, 110.40808032]), t, "eurostat").status).toBe("insufficient_progress");
    // latest 95 -> observed 0.95 ^ 0.2 - 1 = -0.0102, ratio < 0; worse than baseline
    const away = assessSeries(pts([2020, 95]), t, "eurostat");
    expect(away.status).toBe("moving_away");
    expect(away.flags).toContain("regressing");
  });

  it("handles lower-is-better without a direction sign", () => {
    // baseline 40 (2015), target 20 (2025): required = 0.5 ^ 0.1 - 1 = -0.066967
    // latest 40 * 0.9 ^ 5 = 23.6196 (2020): observed -0.1; ratio = 1.4933 -> significant
    // years to 20: ln(20 / 23.6196) / ln(0.9) = -0.166351 / -0.105361 = 1.58 -> 2022
    const t: GapTarget = { value: 20, year: 2025, direction: "lower", baselineValue: 40, baselineYear: 2015 };
    const a = assessSeries(pts([2020, 23.6196]), t, "eurostat");
    expect(a.observedGrowth).toBeCloseTo(-0.1, 6);
    expect(a.status).toBe("significant_progress");
    expect(a.projectedYear).toBe(2022);
    expect(a.gap).toBeCloseTo(-3.6196, 10);
  });

  it("cannot use a compound rate with a zero baseline", () => {
    const t: GapTarget = { value: 2, year: 2023, direction: "higher", baselineValue: 0, baselineYear: 2021 };
    const a = assessSeries(pts([2022, 1]), t, "eurostat");
    expect(a.status).toBe("not_assessable");
    expect(a.flags).toContain("non_positive_values");
  });

  it("calls a baseline that met the target and a latest value that does not 'moving away'", () => {
    const t: GapTarget = {
      value: 60,
      year: 2025,
      direction: "higher",
      baselineValue: 70,
      baselineYear: 2015,
    };
    const a = assessSeries(pts([2020, 55]), t, "eurostat");
    expect(a.status).toBe("moving_away");
    expect(a.flags).toContain("regressing");
  });
});

describe("assessSeries with escap", () => {
  it("uses the anticipated progress for the status and carries the current status", () => {
    // Same numbers as escap.test.ts: fit 173/18 + 55/18 (t - 2018); predicted 2025 = 31; index 0.7
    // crossing 2018 + 547/55 = 2027.95 -> projected year 2028. Current status: progress 0.2 < 2/7 -> behind.
    const a = assessSeries(
      pts([2018, 10], [2019, 12], [2020, 16]),
      { value: 40, year: 2025, direction: "higher" },
      "escap",
    );
    expect(a.status).toBe("accelerate_progress");
    expect(a.baseline).toEqual({ year: 2018, value: 10 });
    expect(a.flags).toEqual(["baseline_from_observations"]);
    expect(a.projectedValue).toBeCloseTo(31, 10);
    expect(a.projectedYear).toBe(2028);
    expect(a.observedGrowth).toBeCloseTo(55 / 18, 10);
    expect(a.requiredGrowth).toBeCloseTo(30 / 7, 12); // (40 - 10) / (2025 - 2018)
    expect(a.growthKind).toBe("annual_change");
    expect(a.details.anticipatedProgress).toBeCloseTo(0.7, 10);
    expect(a.details.anticipatedGap).toBeCloseTo(0.3, 10);
    expect(a.details.currentStatus?.category).toBe("behind");
  });

  it("works with a zero baseline, where compound rates cannot", () => {
    // (2021, 0), (2023, 1): the target year 2023 is observed, value 1 < 2; index = (1 - 0) / 2 = 0.5
    // -> accelerate. Trend weighted for 2024 (1 and 3): the line through both, slope 0.5; crossing 2025
    const t: GapTarget = { value: 2, year: 2023, direction: "higher", baselineValue: 0, baselineYear: 2021 };
    const a = assessSeries(pts([2021, 0], [2023, 1]), t, "escap");
    expect(a.status).toBe("accelerate_progress");
    expect(a.projectedYear).toBe(2025);
    expect(a.flags).toContain("target_year_passed");
  });

  it("reports insufficient data with one observation but still gives the current status", () => {
    const t: GapTarget = {
      value: 40,
      year: 2025,
      direction: "higher",
      baselineValue: 10,
      baselineYear: 2015,
    };
    const a = assessSeries(pts([2020, 20]), t, "escap");
    expect(a.status).toBe("insufficient_data");
    expect(a.flags).toContain("insufficient_data");
    // progress (20 - 10) / 30 = 0.333 vs expected (2020 - 2015) / 10 = 0.5 -> behind
    expect(a.details.currentStatus?.category).toBe("behind");
  });
});

describe("assessSeries with german", () => {
  it("projects the last five years' average change", () => {
    // 2015..2020: 10..20, +2 a year; target 35 in 2025: projection 30, deviation 5/15 -> cloudy
    // needed per year from 2020: (35 - 20) / 5 = 3; reached after 15 / 2 = 7.5 years -> 2028
    const series = pts([2015, 10], [2016, 12], [2017, 14], [2018, 16], [2019, 18], [2020, 20]);
    const a = assessSeries(series, { value: 35, year: 2025, direction: "higher" }, "german");
    expect(a.status).toBe("cloudy");
    expect(a.observedGrowth).toBe(2);
    expect(a.requiredGrowth).toBe(3);
    expect(a.projectedValue).toBe(30);
    expect(a.projectedYear).toBe(2028);
    expect(a.details).toEqual({ deviation: 1 / 3, windowStartYear: 2015 });
  });

  it("needs four points", () => {
    const a = assessSeries(
      pts([2018, 1], [2019, 2], [2020, 3]),
      { value: 10, year: 2025, direction: "higher" },
      "german",
    );
    expect(a.status).toBe("insufficient_data");
    expect(a.flags).toContain("insufficient_data");
  });

  it("gives no projected year when moving the wrong way", () => {
    const series = pts([2017, 8], [2018, 7], [2019, 6], [2020, 5]);
    const a = assessSeries(series, { value: 10, year: 2025, direction: "higher" }, "german");
    expect(a.status).toBe("thunderstorm");
    expect(a.projectedYear).toBeNull();
    expect(a.flags).toContain("regressing");
  });
});

describe("rules common to all methods", () => {
  const target: GapTarget = { value: 60, year: 2025, direction: "higher" };

  it("reports a target already met, in the latest year", () => {
    for (const method of ["eurostat", "escap", "german"] as const) {
      const a = assessSeries(pts([2017, 40], [2018, 50], [2019, 55], [2020, 70]), target, method);
      expect(a.status, method).toBe("target_met");
      expect(a.flags, method).toContain("target_already_met");
      expect(a.projectedYear, method).toBe(2020);
      expect(a.gap, method).toBe(-10);
    }
  });

  it("counts a lower value as met when lower is better", () => {
    const a = assessSeries(
      pts([2019, 12], [2020, 9]),
      { value: 10, year: 2025, direction: "lower" },
      "eurostat",
    );
    expect(a.status).toBe("target_met");
  });

  it("gives insufficient data for a single point, unless it meets the target", () => {
    for (const method of ["eurostat", "escap", "german"] as const) {
      const a = assessSeries(pts([2020, 45]), target, method);
      expect(a.status, method).toBe("insufficient_data");
      expect(a.flags, method).toContain("insufficient_data");
      expect(assessSeries(pts([2020, 65]), target, method).status, method).toBe("target_met");
    }
  });

  it("lets eurostat use a printed baseline with one observation", () => {
    const withBaseline = { ...target, baselineValue: 40, baselineYear: 2015 };
    const a = assessSeries(pts([2020, 45]), withBaseline, "eurostat");
    expect(a.status).toBe("insufficient_progress"); // (45/40)^(1/5)-1 = 0.0239 vs (60/40)^(1/10)-1 = 0.0414: ratio 0.58
    expect(a.pointsUsed).toBe(2);
  });

  it("reports no data", () => {
    const a = assessSeries([], target, "escap");
    expect(a.status).toBe("insufficient_data");
    expect(a.flags).toEqual(["no_data", "insufficient_data"]);
    expect(a.latest).toBeNull();
  });

  it("flags a national target on a district and takes the district's own baseline", () => {
    const national: GapTarget = { ...target, unitScope: "kg", baselineValue: 30, baselineYear: 2015 };
    const district = assessSeries(pts([2016, 40], [2020, 50]), national, "eurostat", { unitId: "osh_city" });
    expect(district.flags).toContain("national_target_on_subnational_unit");
    expect(district.flags).toContain("baseline_from_observations");
    expect(district.baseline).toEqual({ year: 2016, value: 40 });
    const nation = assessSeries(pts([2016, 40], [2020, 50]), national, "eurostat", { unitId: "kg" });
    expect(nation.flags).not.toContain("national_target_on_subnational_unit");
    expect(nation.baseline).toEqual({ year: 2015, value: 30 });
  });

  it("takes the observation in the baseline year when the target prints no baseline value", () => {
    const t: GapTarget = { ...target, baselineYear: 2018 };
    const a = assessSeries(pts([2016, 30], [2018, 40], [2020, 50]), t, "eurostat");
    expect(a.baseline).toEqual({ year: 2018, value: 40 });
    expect(a.flags).toContain("baseline_from_observations");
  });

  it("averages several values for one year, and ignores years after asOfYear", () => {
    const a = assessSeries(pts([2018, 5], [2020, 10], [2020, 20], [2022, 100]), target, "escap", {
      asOfYear: 2021,
    });
    expect(a.latest).toEqual({ year: 2020, value: 15 });
    expect(a.flags).toContain("duplicate_years_averaged");
    expect(a.pointsUsed).toBe(2);
  });

  it("flags a passed target year and gives no projected value for it", () => {
    const a = assessSeries(pts([2016, 40], [2020, 50]), { ...target, year: 2019 }, "eurostat");
    expect(a.flags).toContain("target_year_passed");
    expect(a.projectedValue).toBeNull();
    expect(a.status).not.toBe("target_met");
  });

  it("cannot assess a target without a number", () => {
    const a = assessSeries(pts([2020, 50]), { ...target, year: Number.NaN }, "german");
    expect(a.status).toBe("not_assessable");
    expect(a.flags).toEqual(["target_incomplete"]);
  });
});
