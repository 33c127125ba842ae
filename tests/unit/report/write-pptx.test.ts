import { beforeAll, describe, expect, it } from "vitest";
import { renderPptx } from "../../../electron/engine/report/write-pptx.ts";
import { sampleReport } from "./report-fixture.ts";
import { isPng, partText, zipParts } from "./report-packages.ts";

const slideText = (parts: Record<string, Uint8Array>, n: number) =>
  partText(parts, `ppt/slides/slide${n}.xml`).replace(/<[^>]+>/g, " ");

describe("PPTX slides", () => {
  let parts: Record<string, Uint8Array>;
  let slides: string[];
  beforeAll(async () => {
    parts = zipParts(await renderPptx(sampleReport()));
    slides = Object.keys(parts).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
  });

  it("has a title slide and one slide per shown markdown cell, figure and table", () => {
    // Title, markdown, figure 1, figure 2, table 1: the markdown hidden from slides and the note are left out.
    expect(slides).toHaveLength(5);
    expect(Object.keys(parts)).toEqual(
      expect.arrayContaining(["[Content_Types].xml", "ppt/presentation.xml"]),
    );
    expect(slideText(parts, 1)).toContain("Ош облусунун МКТ жол картасы");
    expect(slideText(parts, 2)).toContain("Киришүү: ң ө ү");
    expect(slides.map((_, i) => slideText(parts, i + 1)).join(" ")).not.toContain("Таблица");
  });

  it("puts each chart on its slide as a PNG with its number, sources and synthetic label", () => {
    const media = Object.keys(parts).filter((name) => /^ppt\/media\/[^/]+$/.test(name));
    expect(media).toHaveLength(2);
    for (const name of media) expect(isPng(parts[name]!)).toBe(true);
    expect(slideText(parts, 3)).toContain("Figure 1. Households with internet access, by district");
    expect(slideText(parts, 3)).toContain("Source: National Statistical Committee of the Kyrgyz Republic");
    expect(slideText(parts, 3)).not.toContain("SYNTHETIC");
    expect(slideText(parts, 4)).toContain("Figure 2. Synthetic households by district");
    expect(slideText(parts, 4)).toContain("SYNTHETIC DATA — generated, not a statistic");
    expect(slideText(parts, 4)).toContain("Source: not recorded for this data");
  });

  it("shows the table with its caption and says how many rows the slide leaves out", () => {
    const text = slideText(parts, 5);
    expect(text).toContain("Table 1. Share of households online");
    expect(text).toContain("Кара-Суу");
    expect(text).toContain("3 more rows not shown");
  });
});
