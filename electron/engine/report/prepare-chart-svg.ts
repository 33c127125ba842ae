/**
 * Makes a standalone chart SVG fit to sit in a document beside other charts: drops the XML
 * prolog, gives every id a per-figure prefix (separately rendered charts reuse ids such as
 * "clip1", and in one HTML page the first definition would win for all of them), and adds a
 * viewBox so the chart scales to the width it is given (CSS in HTML, the box in PDF).
 */
export function prepareChartSvg(svg: string, idPrefix: string, widthPx: number, heightPx: number): string {
  let out = svg
    .replace(/<\?xml[^>]*\?>/g, "")
    .replace(/<!DOCTYPE[^>]*>/gi, "")
    .trim();
  out = out
    .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${idPrefix}${id}"`)
    .replace(/url\(\s*#([^)\s]+)\s*\)/g, (_, id: string) => `url(#${idPrefix}${id})`)
    .replace(
      /\b((?:xlink:)?href)="#([^"]+)"/g,
      (_, attr: string, id: string) => `${attr}="#${idPrefix}${id}"`,
    );
  const openTag = out.match(/^<svg\b[^>]*>/)?.[0];
  if (openTag && !/\bviewBox=/.test(openTag)) {
    out = out.replace(/^<svg\b/, `<svg viewBox="0 0 ${widthPx} ${heightPx}"`);
  }
  return out;
}
