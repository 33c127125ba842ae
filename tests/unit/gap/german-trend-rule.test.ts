import { describe, expect, it } from "vitest";
import type { SeriesPoint } from "../../../shared/gap/gap-types.ts";
import { germanTrendRule } from "../../../shared/gap/german-trend-rule.ts";

function annual(startYear: number, values: readonly number[]): SeriesPoint[] {
  return values.map((value, i) => ({ year: startYear + i, value }));
}

// 2015..2020: 10, 12, ..., 20. Average annual change = (20 - 10) / 5 = 2.
// Projection to 2025 = 20 + 2 * 5 = 30.
const RISING = annual(2015, [10, 12, 14, 16, 18, 20]);

describe("germanTrendRule", () => {
  it("gives sun when the projection meets the target", () => {
    const r = germanTrendRule(RISING, { year: 2025, value: 30 }, "higher")!;
    expect(r.averageAnnualChange).toBe(2);
    expect(r.projectedValue).toBe(30);
    expect(r.deviation).toBe(0);
    expect(r.weather).toBe("sun");
  });

  it("gives sun when missing by less than 5 %", () => {
    // deviation = (30.4 - 30) / (30.4 - 20) = 0.4 / 10.4 = 0.0385
    const r = germanTrendRule(RISING, { year: 2025, value: 30.4 }, "higher")!;
    expect(r.deviation).toBeCloseTo(0.4 / 10.4, 12);
    expect(r.weather).toBe("sun");
  });

  it("gives slightly cloudy from 5 % to 20 % inclusive", () => {
    // (31 - 30) / (31 - 20) = 1 / 11 = 0.0909
    expect(germanTrendRule(RISING, { year: 2025, value: 31 }, "higher")!.weather).toBe("slightly_cloudy");
    // (32.5 - 30) / (32.5 - 20) = 2.5 / 12.5 = 0.2: "at most 20 %" is still slightly cloudy
    const edge = germanTrendRule(RISING, { year: 2025, value: 32.5 }, "higher")!;
    expect(edge.deviation).toBe(0.2);
    expect(edge.weather).toBe("slightly_cloudy");
  });

  it("gives cloudy beyond 20 % while moving the right way", () => {
    // (35 - 30) / (35 - 20) = 5 / 15 = 0.333
    expect(germanTrendRule(RISING, { year: 2025, value: 35 }, "higher")!.weather).toBe("cloudy");
  });

  it("gives thunderstorm when not moving the right way", () => {
    const falling = annual(2015, [20, 18, 16, 14, 12, 10]);
    expect(germanTrendRule(falling, { year: 2025, value: 30 }, "higher")!.weather).toBe("thunderstorm");
    const flat = annual(2015, [10, 10, 10, 10, 10, 10]);
    expect(germanTrendRule(flat, { year: 2025, value: 30 }, "higher")!.weather).toBe("thunderstorm");
  });

  it("handles lower-is-better targets by direction", () => {
    const falling = annual(2015, [20, 18, 16, 14, 12, 10]); // -2 a year
    // projection 2023 = 10 - 2 * 3 = 4; deviation = -(2 - 4) / |2 - 10| = 2 / 8 = 0.25 -> cloudy
    const cloudy = germanTrendRule(falling, { year: 2023, value: 2 }, "lower")!;
    expect(cloudy.projectedValue).toBe(4);
    expect(cloudy.deviation).toBe(0.25);
    expect(cloudy.weather).toBe("cloudy");
    // target 3: deviation = 1 / 7 = 0.143 -> slightly cloudy
    expect(germanTrendRule(falling, { year: 2023, value: 3 }, "lower")!.weather).toBe("slightly_cloudy");
    // rising where lower is better -> thunderstorm
    expect(germanTrendRule(RISING, { year: 2025, value: 5 }, "lower")!.weather).toBe("thunderstorm");
  });

  it("takes only the last six points", () => {
    // 2013, 2014 at 0 are outside the window; with them the change would be 20 / 7, not 2
    const r = germanTrendRule(
      annual(2013, [0, 0, 10, 12, 14, 16, 18, 20]),
      { year: 2025, value: 30 },
      "higher",
    )!;
    expect(r.windowStartYear).toBe(2015);
    expect(r.pointsUsed).toBe(6);
    expect(r.averageAnnualChange).toBe(2);
  });

  it("works with four points at minimum and with gaps between years", () => {
    const four = germanTrendRule(annual(2017, [14, 16, 18, 20]), { year: 2025, value: 30 }, "higher")!;
    expect(four.pointsUsed).toBe(4);
    expect(four.averageAnnualChange).toBe(2);
    expect(germanTrendRule(annual(2018, [16, 18, 20]), { year: 2025, value: 30 }, "higher")).toBeNull();
    // every other year: (22 - 10) / (2016 - 2010) = 2 a year
    const gappy = [10, 14, 18, 22].map((value, i) => ({ year: 2010 + 2 * i, value }));
    expect(germanTrendRule(gappy, { year: 2020, value: 30 }, "higher")!.averageAnnualChange).toBe(2);
  });
});
