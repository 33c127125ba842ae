import { describe, expect, it } from "vitest";
import {
  escapAnticipatedProgress,
  escapTimeWeights,
} from "../../../shared/gap/escap-anticipated-progress.ts";
import { escapCurrentStatus } from "../../../shared/gap/escap-current-status.ts";
import { weightedLinearFit } from "../../../shared/gap/weighted-linear-fit.ts";

/*
 * Hand-worked weighted fit used below. Points (2018, 10), (2019, 12), (2020, 16), predicting 2025.
 * ESCAP time weights w = (2025 - 2018) / (2025 - year) = 7/7, 7/6, 7/5. With x = year - 2018,
 * everything over 30:
 *   sum w = (30 + 35 + 42) / 30 = 107/30;  sum w x = (35 + 84) / 30 = 119/30
 *   sum w y = (300 + 420 + 672) / 30 = 1392/30;  sum w x^2 = (35 + 168) / 30 = 203/30
 *   sum w x y = 14 + 44.8 = 58.8
 *   Sxx = 203/30 - (119/30)^2 / (107/30) = 7560/3210
 *   Sxy = 58.8 - (119/30)(1392/30) / (107/30) = 23100/3210
 *   slope = 23100/7560 = 55/18; value in 2018 = 1392/107 - (55/18)(119/107) = 173/18
 *   predicted 2025 = 173/18 + 7 * 55/18 = 558/18 = 31
 * (Unweighted least squares would give slope 3: the recent jump to 16 counts more here.)
 */
const RISING = [
  { year: 2018, value: 10 },
  { year: 2019, value: 12 },
  { year: 2020, value: 16 },
];

describe("weightedLinearFit", () => {
  it("matches the hand-worked fit", () => {
    expect(escapTimeWeights(RISING, 2025)).toEqual([1, 7 / 6, 7 / 5]);
    const fit = weightedLinearFit(RISING, escapTimeWeights(RISING, 2025))!;
    expect(fit.slope).toBeCloseTo(55 / 18, 10);
    expect(fit.intercept + fit.slope * 2018).toBeCloseTo(173 / 18, 10);
  });

  it("gives ordinary least squares with equal weights, and null without two distinct years", () => {
    const fit = weightedLinearFit(RISING, [1, 1, 1])!;
    // mean x 1, mean y 38/3; Sxy = (-1)(10 - 38/3) + (1)(16 - 38/3) = 6; Sxx = 2; slope 3
    expect(fit.slope).toBeCloseTo(3, 10);
    expect(weightedLinearFit([{ year: 2020, value: 1 }], [1])).toBeNull();
    expect(weightedLinearFit(RISING, [0, 0, 0])).toBeNull();
    expect(() => weightedLinearFit(RISING, [1, 2])).toThrow(/3 points but 2 weights/);
  });
});

describe("escapTimeWeights", () => {
  it("refuses a year at or after the predicted year", () => {
    expect(() => escapTimeWeights(RISING, 2020)).toThrow(/year 2020 is not before the predicted year 2020/);
  });
});

describe("escapAnticipatedProgress", () => {
  it("needs acceleration when the weighted trend falls short (higher is better)", () => {
    // predicted 2025 = 31; index = (31 - 10) / |40 - 10| = 0.7
    // crossing: 173/18 + (55/18) x = 40  =>  x = (720 - 173) / 55 = 547/55
    const r = escapAnticipatedProgress(RISING, RISING[0]!, { year: 2025, value: 40 }, "higher")!;
    expect(r.predictedValue).toBeCloseTo(31, 10);
    expect(r.anticipatedProgress).toBeCloseTo(0.7, 10);
    expect(r.category).toBe("accelerate_progress");
    expect(r.crossingYear).toBeCloseTo(2018 + 547 / 55, 10);
  });

  it("says maintain progress when the trend reaches the target", () => {
    // predicted 2025 = 31 >= 30; index = 21 / 20 = 1.05
    const r = escapAnticipatedProgress(RISING, RISING[0]!, { year: 2025, value: 30 }, "higher")!;
    expect(r.category).toBe("maintain_progress");
    expect(r.anticipatedProgress).toBeCloseTo(1.05, 10);
  });

  it("mirrors for lower-is-better indicators", () => {
    // values 90, 88, 84 mirror 10, 12, 16 around 50: predicted 2025 = 100 - 31 = 69
    // index = -(69 - 90) / |60 - 90| = 21 / 30 = 0.7
    const falling = RISING.map((p) => ({ year: p.year, value: 100 - p.value }));
    const r = escapAnticipatedProgress(falling, falling[0]!, { year: 2025, value: 60 }, "lower")!;
    expect(r.predictedValue).toBeCloseTo(69, 10);
    expect(r.anticipatedProgress).toBeCloseTo(0.7, 10);
    expect(r.category).toBe("accelerate_progress");
    expect(r.crossingYear).toBeCloseTo(2018 + 547 / 55, 10);
  });

  it("says reverse the trend when the indicator moves away", () => {
    // values 16, 12, 10, same weights: sum w y = (480 + 420 + 420) / 30 = 1320/30
    // Sxy = (14 + 28) - (119/30)(1320/30) / (107/30) = -22260/3210; slope = -22260/7560 = -53/18
    // 2018 value = 1320/107 + (53/18)(119/107) = 281/18; predicted 2025 = (281 - 371) / 18 = -5
    // index = (-5 - 16) / |40 - 16| = -0.875 <= 0
    const away = [
      { year: 2018, value: 16 },
      { year: 2019, value: 12 },
      { year: 2020, value: 10 },
    ];
    const r = escapAnticipatedProgress(away, away[0]!, { year: 2025, value: 40 }, "higher")!;
    expect(r.predictedValue).toBeCloseTo(-5, 10);
    expect(r.anticipatedProgress).toBeCloseTo(-0.875, 10);
    expect(r.category).toBe("reverse_trend");
    expect(r.crossingYear).toBeNull();
  });

  it("uses the observed value when the target year is already in the data", () => {
    // target 20 in 2020, observed 16: index = (16 - 10) / 10 = 0.6. The trend, for the projected
    // year, is weighted for 2021 (the year after the data): w = 3/3, 3/2, 3/1; with x = year - 2018
    //   sum w = 5.5, sum w x = 7.5, sum w y = 76, sum w x^2 = 13.5, sum w x y = 114
    //   Sxx = 13.5 - 7.5^2 / 5.5 = 36/11; Sxy = 114 - 7.5 * 76 / 5.5 = 114/11; slope = 19/6
    //   value in 2018 = 76/5.5 - (19/6)(7.5/5.5) = 9.5; meets 20 at x = 10.5 / (19/6) = 63/19
    const r = escapAnticipatedProgress(RISING, RISING[0]!, { year: 2020, value: 20 }, "higher")!;
    expect(r.predictedValue).toBe(16);
    expect(r.anticipatedProgress).toBeCloseTo(0.6, 12);
    expect(r.category).toBe("accelerate_progress");
    expect(r.fit.slope).toBeCloseTo(19 / 6, 12);
    expect(r.crossingYear).toBeCloseTo(2018 + 63 / 19, 10);
  });

  it("needs two points", () => {
    expect(
      escapAnticipatedProgress([RISING[2]!], RISING[2]!, { year: 2025, value: 40 }, "higher"),
    ).toBeNull();
    // an observed target year is read, not predicted
    expect(
      escapAnticipatedProgress(RISING, RISING[0]!, { year: 2019, value: 40 }, "higher")?.predictedValue,
    ).toBe(12);
  });
});

describe("escapCurrentStatus", () => {
  const baseline = { year: 2018, value: 10 };
  const target = { year: 2025, value: 40 };

  it("compares progress with the share of time elapsed", () => {
    // progress = (16 - 10) / 30 = 0.2; expected = (2020 - 2018) / (2025 - 2018) = 2/7 = 0.2857 -> behind
    const behind = escapCurrentStatus(baseline, { year: 2020, value: 16 }, target, "higher")!;
    expect(behind.progress).toBeCloseTo(0.2, 12);
    expect(behind.index).toBeCloseTo(2, 12);
    expect(behind.expectedProgress).toBeCloseTo(2 / 7, 12);
    expect(behind.category).toBe("behind");
    // progress = (22 - 10) / 30 = 0.4 >= 2/7 -> on track
    expect(escapCurrentStatus(baseline, { year: 2020, value: 22 }, target, "higher")!.category).toBe(
      "on_track",
    );
    // progress = (8 - 10) / 30 < 0 -> regressed
    const regressed = escapCurrentStatus(baseline, { year: 2020, value: 8 }, target, "higher")!;
    expect(regressed.category).toBe("regressed");
    expect(regressed.index).toBeCloseTo(-2 / 3, 12);
    // past the target: progress 31/30, index capped at 10
    const met = escapCurrentStatus(baseline, { year: 2020, value: 41 }, target, "higher")!;
    expect(met.category).toBe("target_met");
    expect(met.progress).toBeCloseTo(31 / 30, 12);
    expect(met.index).toBe(10);
  });

  it("signs progress by direction", () => {
    // lower is better: progress = -(70 - 90) / |30 - 90| = 20 / 60 = 0.3333; expected 2/7 -> on track
    const r = escapCurrentStatus(
      { year: 2018, value: 90 },
      { year: 2020, value: 70 },
      { year: 2025, value: 30 },
      "lower",
    )!;
    expect(r.progress).toBeCloseTo(1 / 3, 12);
    expect(r.category).toBe("on_track");
  });

  it("treats a baseline already past the target by direction, not by the raw sign", () => {
    // higher is better, baseline 50 already above target 40; latest 35 fell below:
    // progress = (35 - 50) / |40 - 50| = -1.5 -> regressed
    const r = escapCurrentStatus({ year: 2018, value: 50 }, { year: 2020, value: 35 }, target, "higher")!;
    expect(r.progress).toBeCloseTo(-1.5, 12);
    expect(r.category).toBe("regressed");
  });

  it("is null when target equals baseline", () => {
    expect(
      escapCurrentStatus(baseline, { year: 2020, value: 12 }, { year: 2025, value: 10 }, "higher"),
    ).toBeNull();
  });
});
