import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * The bundled Noto Sans, as @fontsource/noto-sans ships it: one small file per script subset
 * and weight. Kyrgyz ң ө ү sit in the cyrillic-ext subset, digits and punctuation in latin, so a
 * line of Kyrgyz text needs several files; each face keeps the code-point ranges it covers,
 * read from the package's own CSS so they match the files.
 */
export interface NotoSansFace {
  subset: NotoSansSubset;
  weight: 400 | 700;
  /** Inclusive code-point ranges. */
  ranges: Array<[number, number]>;
  /** The CSS `unicode-range` value, for HTML. */
  unicodeRange: string;
  woffPath: string;
  woff2Path: string;
}

/** Latin first: it holds the space, digits and punctuation that every other script borrows. */
export const NOTO_SANS_SUBSETS = ["latin", "cyrillic", "cyrillic-ext", "latin-ext"] as const;
export type NotoSansSubset = (typeof NOTO_SANS_SUBSETS)[number];

const cache = new Map<number, NotoSansFace[]>();

export function notoSansFaces(weight: 400 | 700): NotoSansFace[] {
  const known = cache.get(weight);
  if (known) return known;
  const require = createRequire(import.meta.url);
  const cssPath = require.resolve(`@fontsource/noto-sans/${weight}.css`);
  const css = readFileSync(cssPath, "utf8");
  const faces = NOTO_SANS_SUBSETS.map((subset) => {
    const block = css
      .split("@font-face")
      .find((b) => b.includes(`noto-sans-${subset}-${weight}-normal.woff2`));
    const unicodeRange = block?.match(/unicode-range:\s*([^;]+);/)?.[1]?.trim();
    if (!unicodeRange)
      throw new Error(`${cssPath}: no @font-face with a unicode-range for the ${subset} subset`);
    const file = (ext: string) =>
      path.join(path.dirname(cssPath), "files", `noto-sans-${subset}-${weight}-normal.${ext}`);
    return {
      subset,
      weight,
      ranges: parseUnicodeRange(unicodeRange),
      unicodeRange,
      woffPath: file("woff"),
      woff2Path: file("woff2"),
    };
  });
  cache.set(weight, faces);
  return faces;
}

/** "U+0000-00FF,U+0131" → [[0, 255], [305, 305]] */
export function parseUnicodeRange(value: string): Array<[number, number]> {
  return value.split(",").map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, "").split("-");
    const start = Number.parseInt(from ?? "", 16);
    const end = to === undefined ? start : Number.parseInt(to, 16);
    if (!Number.isFinite(start) || !Number.isFinite(end))
      throw new Error(`unreadable unicode-range "${part}"`);
    return [start, end];
  });
}

export function faceCovers(face: NotoSansFace, codePoint: number): boolean {
  return face.ranges.some(([start, end]) => codePoint >= start && codePoint <= end);
}
