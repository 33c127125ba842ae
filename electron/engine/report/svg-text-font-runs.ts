import { splitFontRuns } from "./font-runs.ts";
import type { NotoSansFace, NotoSansSubset } from "./noto-sans-faces.ts";

/**
 * The family name a Noto Sans subset goes by when drawing charts: the PDF writer registers
 * the subset files under it, and the PNG renderer loads them renamed to it.
 */
export function subsetFamily(subset: NotoSansSubset): string {
  return `OshNotoSans-${subset}`;
}

/**
 * Wraps the character data of every <text> element in <tspan>s whose font-family names the
 * Noto Sans subset that can draw it. One font file has to draw each run (svg-to-pdfkit sets
 * one font per element, resvg falls back between files without regard to weight), so
 * without this a label such as "Өзгөн, 2023" would lose its Kyrgyz letters or its digits.
 */
export function svgTextFontRuns(svg: string, faces: readonly NotoSansFace[]): string {
  return svg.replace(
    /(<text\b[^>]*>)([\s\S]*?)(<\/text>)/g,
    (_, open: string, inner: string, close: string) => {
      const split = inner
        .split(/(<[^>]*>)/)
        .map((piece) => {
          if (piece.startsWith("<") || piece.trim() === "") return piece;
          return splitFontRuns(decodeXml(piece), faces)
            .map(
              (run) => `<tspan font-family="${subsetFamily(run.face.subset)}">${encodeXml(run.text)}</tspan>`,
            )
            .join("");
        })
        .join("");
      return `${open}${split}${close}`;
    },
  );
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith("#")) {
      const code = lower[1] === "x" ? Number.parseInt(lower.slice(2), 16) : Number(lower.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[lower] ?? whole;
  });
}

function encodeXml(text: string): string {
  return text.replace(/[&<>]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c] ?? c);
}
