import { describe, expect, it } from "vitest";
import { renderHtml } from "../../../electron/engine/report/write-html.ts";
import { sampleReport } from "./report-fixture.ts";

describe("HTML report", () => {
  const html = renderHtml(sampleReport());

  it("loads nothing from outside the file", () => {
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import/i);
    // Every url(...) is a data: URL (the embedded fonts) or a reference inside the page.
    for (const [, target] of html.matchAll(/url\(\s*["']?([^"')]+)/g)) expect(target).toMatch(/^(data:|#)/);
    expect(html).toContain("Content-Security-Policy");
  });

  it("embeds the Noto Sans subsets that Kyrgyz needs", () => {
    expect(html).toMatch(/@font-face \{[^}]*font-family: "Noto Sans"[^}]*data:font\/woff2;base64,/);
    expect(html).toContain("U+0460-052F");
    expect(html).toContain("Киришүү: ң ө ү");
  });

  it("inlines both charts as SVG, each with its own ids", () => {
    expect(html.match(/<svg\b/g)).toHaveLength(2);
    expect(html).not.toContain("<?xml");
    expect(html).toContain('id="fig1-clip1"');
    expect(html).toContain('clip-path="url(#fig2-clip1)"');
    expect(html).toContain("Синтетикалык маалымат");
  });

  it("numbers captions, cites sources and labels the synthetic figure only", () => {
    expect(html).toContain(
      '<span class="number">Figure 1.</span> Households with internet access, by district',
    );
    expect(html).toContain('<span class="number">Figure 2.</span> Synthetic households by district');
    expect(html).toContain('<span class="number">Table 1.</span> Share of households online');
    expect(html).toContain(
      "Source: National Statistical Committee of the Kyrgyz Republic, Test table of household ICT use, https://stat.gov.kg/en/test-table/",
    );
    expect(html.match(/SYNTHETIC DATA — generated, not a statistic/g)).toHaveLength(1);
    const synthetic = html.indexOf("SYNTHETIC DATA");
    expect(synthetic).toBeGreaterThan(html.indexOf("Figure 1."));
    expect(synthetic).toBeLessThan(html.indexOf("Figure 2."));
    expect(html).toContain("3 more rows not shown");
  });

  it("keeps figures whole on printed pages", () => {
    expect(html).toMatch(/figure \{[^}]*break-inside: avoid; page-break-inside: avoid;/);
  });

  it("escapes text from the notebook", () => {
    const doc = sampleReport();
    doc.title = '<img src="https://evil.example/x.png">';
    doc.blocks = [{ kind: "note", text: "<script>alert(1)</script>" }];
    const escaped = renderHtml(doc);
    expect(escaped).not.toContain("<img");
    expect(escaped).not.toContain("<script>");
    expect(escaped).toContain("&#60;script&#62;");
  });

  it("is the same for the same report", () => {
    expect(renderHtml(sampleReport())).toBe(html);
  });
});
