/**
 * Vega numbers gradient and clip ids with process-wide counters, so the same chart renders with
 * different ids depending on what was drawn before. Renumbering them from 0 under a caller-given
 * prefix makes the SVG a pure function of the spec, and lets a report embed several charts in
 * one HTML page without id clashes (give each its own prefix).
 */
export function renumberSvgIds(svg: string, prefix: string): string {
  const ids = new Map<string, string>();
  for (const match of svg.matchAll(/\sid="([^"]+)"/g)) {
    const id = match[1] as string;
    if (!ids.has(id)) ids.set(id, `${prefix}${ids.size}`);
  }
  if (ids.size === 0) return svg;
  const escaped = [...ids.keys()].map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`(\\sid="|url\\(#|href="#)(${escaped.join("|")})(?=[")])`, "g");
  return svg.replace(pattern, (_m, lead: string, id: string) => `${lead}${ids.get(id)}`);
}
