import { describe, expect, it } from "vitest";
import {
  escapAnticipatedProgress,
  escapTimeWeights,
} from "../../../shared/gap/escap-anticipated-progress.ts";
import { escapCurrentStatus } from "../../../shared/gap/escap-current-status.ts";
import { weightedLinearFit } from "../../../shared/gap/weighted-linear-fit.ts";

/*
 * Hand-worked weighted fit used below. Points (2018, 10), (2019, 12), (2020, 16); ESCAP time
 * weights 1, 2, 3. With x = year - 2018:
 *   sum w = 6, mean x = (0 + 2 + 6) / 6 = 4/3, mean y = (10 + 24 + 48) / 6 = 41/3
 *   Sxx = 1(16/9) + 2(1/9) + 3(4/9) = 30/9
 *   Sxy = 1(-4/3)(-11/3) + 2(-1/3)(-5/3) + 3(2/3)(7/3) = (44 + 10 + 42)/9 = 96/9
 *   slope = 96/30 = 3.2; value in 2018 = 41/3 - 3.2 * 4/3 = 9.4
 * (Unweighted least squares would give slope 3: the recent jump to 16 counts more here.)
 */
const RISING = [
  { year: 2018, value: 10 },
  { year: 2019, value: 12 },
  { year: 2020, value: 16 },
];

describe("weightedLinearFit", () => {
  it("matches the hand-worked fit", () => {
    expect(escapTimeWeights(RISING)).toEqual([1, 2, 3]);
    const fit = weightedLinearFit(RISING, escapTimeWeights(RISING))!;
    expect(fit.slope).toBeCloseTo(3.2, 10);
    expect(fit.intercept + fit.slope * 2018).toBeCloseTo(9.4, 10);
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

describe("escapAnticipatedProgress", () => {
  it("needs acceleration when the weighted trend falls short (higher is better)", () => {
    // predicted 2025 = 9.4 + 3.2 * 7 = 31.8; index = (31.8 - 10) / |40 - 10| = 21.8 / 30 = 0.72667
    // crossing: 9.4 + 3.2 (t - 2018) = 40  =>  t = 2018 + 30.6 / 3.2 = 2027.5625
    const r = escapAnticipatedProgress(RISING, RISING[0]!, { year: 2025, value: 40 }, "higher")!;
    expect(r.predictedValue).toBeCloseTo(31.8, 10);
    expect(r.anticipatedProgress).toBeCloseTo(21.8 / 30, 10);
    expect(r.category).toBe("accelerate_progress");
    expect(r.crossingYear).toBeCloseTo(2027.5625, 10);
  });

  it("says maintain progress when the trend reaches the target", () => {
    // predicted 2025 = 31.8 >= 30; index = 21.8 / 20 = 1.09
    const r = escapAnticipatedProgress(RISING, RISING[0]!, { year: 2025, value: 30 }, "higher")!;
    expect(r.category).toBe("maintain_progress");
    expect(r.anticipatedProgress).toBeCloseTo(1.09, 10);
  });

  it("mirrors for lower-is-better indicators", () => {
    // values 90, 88, 84 mirror 10, 12, 16 around 50: slope -3.2, 2018 value 90.6
    // predicted 2025 = 90.6 - 22.4 = 68.2; index = -(68.2 - 90) / |60 - 90| = 21.8 / 30
    const falling = RISING.map((p) => ({ year: p.year, value: 100 - p.value }));
    const r = escapAnticipatedProgress(falling, falling[0]!, { year: 2025, value: 60 }, "lower")!;
    expect(r.predictedValue).toBeCloseTo(68.2, 10);
    expect(r.anticipatedProgress).toBeCloseTo(21.8 / 30, 10);
    expect(r.category).toBe("accelerate_progress");
    expect(r.crossingYear).toBeCloseTo(2027.5625, 10);
  });

  it("says reverse the trend when the indicator moves away", () => {
    // values 16, 12, 10 with weights 1, 2, 3: mean y = (16 + 24 + 30) / 6 = 35/3
    // Sxy = 1(-4/3)(13/3) + 2(-1/3)(1/3) + 3(2/3)(-5/3) = -84/9; slope = -84/30 = -2.8
    // 2018 value = 35/3 + 2.8 * 4/3 = 15.4; predicted 2025 = 15.4 - 2.8 * 7 = -4.2
    // index = (-4.2 - 16) / |40 - 16| = -0.8417 <= 0
    const away = [
      { year: 2018, value: 16 },
      { year: 2019, value: 12 },
      { year: 2020, value: 10 },
    ];
    const r = escapAnticipatedProgress(away, away[0]!, { year: 2025, value: 40 }, "higher")!;
    expect(r.predictedValue).toBeCloseTo(-4.2, 10);
    expect(r.anticipatedProgress).toBeCloseTo(-20.2 / 24, 10);
    expect(r.category).toBe("reverse_trend");
    expect(r.crossingYear).toBeNull();
  });

  it("needs two points", () => {
    expect(
      escapAnticipatedProgress([RISING[2]!], RISING[2]!, { year: 2025, value: 40 }, "higher"),
    ).toBeNull();
  });
});

describe("escapCurrentStatus", () => {
  const baseline = { year: 2018, value: 10 };
  const target = { year: 2025, value: 40 };

  it("compares progress with the share of time elapsed", () => {
    // progress = (16 - 10) / 30 = 0.2; expected = (2020 - 2018) / (2025 - 2018) = 2/7 = 0.2857 -> behind
    const behind = escapCurrentStatus(baseline, { year: 2020, value: 16 }, target, "higher")!;
    expect(behind.progress).toBeCloseTo(0.2, 12);
    expect(behind.expectedProgress).toBeCloseTo(2 / 7, 12);
    expect(behind.category).toBe("behind");
    // progress = (22 - 10) / 30 = 0.4 >= 2/7 -> on track
    expect(escapCurrentStatus(baseline, { year: 2020, value: 22 }, target, "higher")!.category).toBe(
      "on_track",
    );
    // progress = (8 - 10) / 30 < 0 -> regressed
    expect(escapCurrentStatus(baseline, { year: 2020, value: 8 }, target, "higher")!.category).toBe(
      "regressed",
    );
    expect(escapCurrentStatus(baseline, { year: 2020, value: 41 }, target, "higher")!.category).toBe(
      "target_met",
    );
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
