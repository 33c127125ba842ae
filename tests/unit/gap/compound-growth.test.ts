import { describe, expect, it } from "vitest";
import { cagr, requiredCagr, yearsToTarget } from "../../../shared/gap/compound-growth.ts";
import { eurostatClass } from "../../../shared/gap/eurostat-class.ts";
import { gapProgress } from "../../../shared/gap/gap-progress.ts";
import { projectedYearFrom } from "../../../shared/gap/projected-year.ts";

describe("cagr / requiredCagr", () => {
  it("computes hand-worked rates", () => {
    // (121 / 100) ^ (1/2) - 1 = 0.1
    expect(cagr(100, 2015, 121, 2017)).toBeCloseTo(0.1, 14);
    // (90 / 60) ^ (1/10) - 1 = 1.5 ^ 0.1 - 1 = e^(0.405465 / 10) - 1 = 0.041380
    expect(requiredCagr(60, 2015, 90, 2025)).toBeCloseTo(0.04138, 5);
    // lower target: (20 / 40) ^ (1/10) - 1 = 0.5 ^ 0.1 - 1 = -0.066967
    expect(requiredCagr(40, 2015, 20, 2025)).toBeCloseTo(-0.066967, 6);
  });

  it("returns null where the SQL macro returns NULL", () => {
    expect(cagr(100, 2015, 121, 2015)).toBeNull();
    expect(cagr(0, 2015, 121, 2017)).toBeNull();
    expect(cagr(100, 2015, -3, 2017)).toBeNull();
    expect(cagr(null, 2015, 121, 2017)).toBeNull();
    expect(cagr(Number.NaN, 2015, 121, 2017)).toBeNull();
  });
});

describe("yearsToTarget", () => {
  it("counts the years a constant rate needs", () => {
    // ln(1.21) / ln(1.1) = 2
    expect(yearsToTarget(100, 121, 0.1)).toBeCloseTo(2, 12);
    // ln(90 / 72.6) / ln(1.1) = 0.214844 / 0.0953102 = 2.2542
    expect(yearsToTarget(72.6, 90, 0.1)).toBeCloseTo(2.2542, 4);
    expect(yearsToTarget(50, 50, 0)).toBe(0);
  });

  it("is null when the rate never gets there", () => {
    expect(yearsToTarget(100, 90, 0.1)).toBeNull();
    expect(yearsToTarget(100, 121, 0)).toBeNull();
    expect(yearsToTarget(100, 50, -1)).toBeNull();
    expect(yearsToTarget(0, 50, 0.1)).toBeNull();
  });
});

describe("projectedYearFrom", () => {
  it("rounds the years needed up to the first whole year, at least one year ahead", () => {
    expect(projectedYearFrom(2017, 2.2542)).toBe(2020); // 2017 + ceil(2.2542)
    expect(projectedYearFrom(2020, 2.0000000000000004)).toBe(2022); // rounding noise is not a third year
    expect(projectedYearFrom(2020, 0)).toBe(2021); // not met now, so next year at the earliest
    expect(projectedYearFrom(2020, null)).toBeNull();
    expect(projectedYearFrom(2020, -1)).toBeNull();
  });
});

describe("gapProgress", () => {
  it("is the share of the distance covered", () => {
    // (72.6 - 60) / (90 - 60) = 12.6 / 30 = 0.42
    expect(gapProgress(60, 72.6, 90)).toBeCloseTo(0.42, 12);
    expect(gapProgress(60, 72.6, 60)).toBeNull();
    expect(gapProgress(null, 72.6, 90)).toBeNull();
  });
});

describe("eurostatClass", () => {
  it("uses the bounds 0.95, 0.6 and 0 on observed / required", () => {
    expect(eurostatClass(0.95, 1)).toBe("significant progress");
    expect(eurostatClass(0.949, 1)).toBe("moderate progress");
    expect(eurostatClass(0.6, 1)).toBe("moderate progress");
    expect(eurostatClass(0.599, 1)).toBe("insufficient progress");
    expect(eurostatClass(0, 1)).toBe("insufficient progress");
    expect(eurostatClass(-0.001, 1)).toBe("moving away");
    expect(eurostatClass(0.1, 0)).toBeNull();
    expect(eurostatClass(null, 0.1)).toBeNull();
  });
});
