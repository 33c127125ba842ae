import { describe, expect, it } from "vitest";
import { formatGeneratedAt, formatSource, labelBlocks } from "../../../shared/report/report-labels.ts";
import { NSC_SOURCE, sampleReport } from "./report-fixture.ts";

describe("report labels", () => {
  it("numbers figures and tables separately, in document order, hidden-from-slides blocks included", () => {
    const doc = sampleReport();
    doc.blocks.push({ ...doc.blocks[1]!, hideInSlides: true } as (typeof doc.blocks)[number]);
    const labels = labelBlocks(doc);
    expect([...labels.entries()].map(([i, l]) => [i, l.number])).toEqual([
      [1, "Figure 1."],
      [2, "Figure 2."],
      [4, "Table 1."],
      [6, "Figure 3."],
    ]);
  });

  it("writes one source line per source, says when none is recorded, and labels synthetic data", () => {
    const labels = labelBlocks(sampleReport());
    expect(labels.get(1)?.sourceLines).toEqual([
      "Source: National Statistical Committee of the Kyrgyz Republic, Test table of household ICT use, https://stat.gov.kg/en/test-table/",
    ]);
    expect(labels.get(1)?.syntheticLabel).toBeUndefined();
    expect(labels.get(2)?.sourceLines).toEqual(["Source: not recorded for this data"]);
    expect(labels.get(2)?.syntheticLabel).toBe("SYNTHETIC DATA — generated, not a statistic");
    expect(labels.get(4)?.omittedNote).toBe("3 more rows not shown");
  });

  it("leaves out the parts of a source that are not known", () => {
    expect(formatSource({ ...NSC_SOURCE, title: null })).toBe(
      "National Statistical Committee of the Kyrgyz Republic, https://stat.gov.kg/en/test-table/",
    );
  });

  it("shows the generation time in UTC, the same wherever the report is rebuilt", () => {
    expect(formatGeneratedAt(new Date("2026-03-01T09:30:00Z"))).toBe("Generated 2026-03-01 09:30 UTC");
  });
});
