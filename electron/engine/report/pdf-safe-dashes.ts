/**
 * pdfkit refuses a dash pattern with a zero length, and Vega writes one for the solid line of a
 * dashed series ("1,0": a dash with no gap). A pattern whose gaps are all zero is dropped (the
 * line is solid); any other zero becomes a hair's length, which draws the same.
 */
export function pdfSafeDashes(svg: string): string {
  return svg.replace(/\s?\bstroke-dasharray="([^"]*)"/g, (whole, list: string) => {
    const lengths = list
      .split(/[\s,]+/)
      .filter((part) => part !== "")
      .map(Number);
    if (lengths.length === 0 || lengths.some((n) => !Number.isFinite(n)) || lengths.every((n) => n > 0))
      return whole;
    const solid = lengths.length % 2 === 0 && lengths.every((n, i) => i % 2 === 0 || n === 0);
    if (solid) return "";
    return ` stroke-dasharray="${lengths.map((n) => (n > 0 ? n : 0.001)).join(",")}"`;
  });
}
