import type { FigureBlock, ReportDocument, SourceRef } from "../../../shared/report/report-model.ts";

/** Hand-written bar chart SVG with Cyrillic and Kyrgyz labels; ids like a chart renderer's. */
export function barChartSvg(title: string, widthPx: number, heightPx: number, fill: string): string {
  const bars = [40, 75, 55]
    .map(
      (h, i) => `<rect x="${60 + i * 90}" y="${heightPx - 40 - h}" width="60" height="${h}" fill="${fill}"/>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${widthPx}" height="${heightPx}">
<defs><clipPath id="clip1"><rect width="${widthPx}" height="${heightPx}"/></clipPath></defs>
<g clip-path="url(#clip1)">
<rect width="${widthPx}" height="${heightPx}" fill="white"/>${bars}
<text x="${widthPx / 2}" y="24" text-anchor="middle" font-family="sans-serif" font-size="14" font-weight="bold">${title}</text>
<text x="90" y="${heightPx - 20}" text-anchor="middle" font-family="sans-serif" font-size="11">Өзгөн</text>
<text x="180" y="${heightPx - 20}" text-anchor="middle" font-family="sans-serif" font-size="11">Кара-Суу &amp; 2023</text>
</g>
</svg>`;
}

export const NSC_SOURCE: SourceRef = {
  sourceId: "nsc_test",
  publisher: "National Statistical Committee of the Kyrgyz Republic",
  title: "Test table of household ICT use",
  url: "https://stat.gov.kg/en/test-table/",
};

export function figure(caption: string, overrides: Partial<FigureBlock> = {}): FigureBlock {
  const widthPx = overrides.widthPx ?? 400;
  const heightPx = overrides.heightPx ?? 220;
  return {
    kind: "figure",
    svg: barChartSvg(caption, widthPx, heightPx, "#3b6ea5"),
    widthPx,
    heightPx,
    caption,
    sources: [NSC_SOURCE],
    synthetic: false,
    ...overrides,
  };
}

/** Markdown with Kyrgyz text, two figures (the second synthetic), a table and a note. */
export function sampleReport(): ReportDocument {
  return {
    title: "Ош облусунун МКТ жол картасы",
    subtitle: "Gap analysis, test edition",
    generatedAt: new Date("2026-03-01T09:30:00Z"),
    blocks: [
      {
        kind: "markdown",
        source: [
          "# Киришүү: ң ө ү",
          "",
          "Интернетке туташуу **Өзгөн** жана *Ноокат* райондорунда. See [the register](https://example.org/register).",
          "",
          "- Биринчи пункт",
          "  - nested item",
          "- Second item",
          "",
          "1. one",
          "2. two",
        ].join("\n"),
      },
      figure("Households with internet access, by district"),
      figure("Synthetic households by district", {
        sources: [],
        synthetic: true,
        svg: barChartSvg("Синтетикалык маалымат", 400, 220, "#d9480f"),
      }),
      { kind: "markdown", source: "## Таблица\n\nResults below.", hideInSlides: true },
      {
        kind: "table",
        columns: ["district", "year", "share_pct"],
        rows: [
          ["Өзгөн", "2023", "61.2"],
          ["Кара-Суу", "2023", "58.0"],
        ],
        omittedRows: 3,
        caption: "Share of households online",
        sources: [NSC_SOURCE],
        synthetic: false,
      },
      { kind: "note", text: "Inputs: year = 2023" },
    ],
  };
}
