import { beforeAll, describe, expect, it } from "vitest";
import { renderDocx } from "../../../electron/engine/report/write-docx.ts";
import { sampleReport } from "./report-fixture.ts";
import { isPng, partText, zipParts } from "./report-packages.ts";

describe("DOCX report", () => {
  let parts: Record<string, Uint8Array>;
  let document: string;
  beforeAll(async () => {
    parts = zipParts(await renderDocx(sampleReport()));
    document = partText(parts, "word/document.xml");
  });

  it("is a Word package with the document, its content types and one PNG per figure", () => {
    expect(Object.keys(parts)).toEqual(
      expect.arrayContaining(["[Content_Types].xml", "word/document.xml", "word/styles.xml"]),
    );
    const media = Object.keys(parts).filter((name) => /^word\/media\/[^/]+\.png$/.test(name));
    expect(media).toHaveLength(2);
    for (const name of media) expect(isPng(parts[name]!)).toBe(true);
    expect(partText(parts, "[Content_Types].xml")).toContain('Extension="png"');
  });

  it("turns markdown headings into Word headings and keeps Kyrgyz letters", () => {
    expect(document).toMatch(
      /<w:pStyle w:val="Heading1"\/><\/w:pPr><w:r><w:t xml:space="preserve">Киришүү: ң ө ү<\/w:t>/,
    );
    expect(document).toMatch(
      /<w:pStyle w:val="Heading2"\/><\/w:pPr><w:r><w:t xml:space="preserve">Таблица<\/w:t>/,
    );
    expect(document).toContain('<w:pStyle w:val="Title"/>');
  });

  it("numbers captions and puts the sources and the synthetic label with their figure", () => {
    const text = document.replace(/<[^>]+>/g, "");
    expect(text).toContain("Figure 1. Households with internet access, by district");
    expect(text).toContain("Figure 2. Synthetic households by district");
    expect(text).toContain("Table 1. Share of households online");
    expect(text).toContain(
      "Source: National Statistical Committee of the Kyrgyz Republic, Test table of household ICT use, https://stat.gov.kg/en/test-table/",
    );
    const label = text.indexOf("SYNTHETIC DATA — generated, not a statistic");
    expect(label).toBeGreaterThan(text.indexOf("Figure 1."));
    expect(label).toBeLessThan(text.indexOf("Figure 2."));
    expect(text.indexOf("Source: not recorded for this data")).toBeGreaterThan(text.indexOf("Figure 2."));
  });

  it("writes the query table with a header row Word repeats on each page", () => {
    expect(document).toContain("<w:tblHeader/>");
    expect(document.replace(/<[^>]+>/g, "")).toContain("districtyearshare_pctӨзгөн202361.2");
  });

  it("lists, with bullets and numbers", () => {
    expect(document).toMatch(/<w:numPr><w:ilvl w:val="1"\/>/);
    expect(partText(parts, "word/numbering.xml")).toContain('w:val="decimal"');
  });

  it("numbers pages in the footer", () => {
    const footer = Object.keys(parts).find((name) => /^word\/footer\d*\.xml$/.test(name));
    expect(footer).toBeDefined();
    expect(partText(parts, footer!)).toMatch(/PAGE/);
  });

  it("keeps a markdown hard line break as a Word line break inside the paragraph", async () => {
    const doc = { ...sampleReport(), blocks: [{ kind: "markdown" as const, source: "Бир\\\nЭки" }] };
    const xml = partText(zipParts(await renderDocx(doc)), "word/document.xml");
    expect(xml).toMatch(
      /<w:t xml:space="preserve">Бир<\/w:t><\/w:r><w:r><w:br\/><w:t xml:space="preserve">Эки<\/w:t>/,
    );
  });
});
