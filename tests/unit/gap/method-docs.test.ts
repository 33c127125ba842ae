import { describe, expect, it } from "vitest";
import { escapTimeWeights } from "../../../shared/gap/escap-anticipated-progress.ts";
import { EUROSTAT_RATIO_THRESHOLDS } from "../../../shared/gap/eurostat-class.ts";
import { GERMAN_DEVIATION_THRESHOLDS, GERMAN_MIN_POINTS } from "../../../shared/gap/german-trend-rule.ts";
import { ESCAP_TIME_WEIGHTING, METHOD_DOCS } from "../../../shared/gap/method-docs.ts";

describe("METHOD_DOCS", () => {
  it("names its sources with publisher, title and an https address", () => {
    for (const doc of Object.values(METHOD_DOCS)) {
      expect(doc.sources.length, doc.id).toBeGreaterThan(0);
      for (const s of doc.sources) {
        expect(s.publisher.length, doc.id).toBeGreaterThan(0);
        expect(s.title.length, doc.id).toBeGreaterThan(0);
        expect(s.url, doc.id).toMatch(/^https:\/\/[^\s]+$/);
      }
      expect(doc.formula.length, doc.id).toBeGreaterThan(0);
    }
  });

  it("states the thresholds the code uses", () => {
    const eurostat = METHOD_DOCS.eurostat.categories;
    expect(eurostat.significant_progress.rule).toContain(String(EUROSTAT_RATIO_THRESHOLDS.significant));
    expect(eurostat.moderate_progress.rule).toContain(String(EUROSTAT_RATIO_THRESHOLDS.moderate));
    const german = METHOD_DOCS.german;
    expect(german.categories.sun.rule).toContain(`${GERMAN_DEVIATION_THRESHOLDS.sun * 100} %`);
    expect(german.categories.slightly_cloudy.rule).toContain(
      `${GERMAN_DEVIATION_THRESHOLDS.slightlyCloudy * 100} %`,
    );
    expect(german.minimumData).toContain(["zero", "one", "two", "three", "Four"][GERMAN_MIN_POINTS]);
  });

  it("describes the ESCAP weights the code applies", () => {
    // "(target year - first year) / (target year - year)": 2016, 2018, 2021 for 2030 -> 14/14, 14/12, 14/9
    expect(ESCAP_TIME_WEIGHTING).toContain("(target year - first year) / (target year - year)");
    expect(
      escapTimeWeights(
        [
          { year: 2016, value: 1 },
          { year: 2018, value: 1 },
          { year: 2021, value: 1 },
        ],
        2030,
      ),
    ).toEqual([1, 14 / 12, 14 / 9]);
    expect(METHOD_DOCS.escap.workbenchChoices.join(" ")).toContain(ESCAP_TIME_WEIGHTING);
  });
});
