import fs from "node:fs";
import { createRequire } from "node:module";
import { CHART_FONT } from "../../../shared/charts/themes.ts";

/**
 * @font-face rules with the bundled Noto Sans inlined as data: URLs, so an exported SVG shows the
 * same letters (Kyrgyz ң ө ү included) on a machine without the font and without network.
 * Only the subsets en/ru/ky text needs, in the two weights charts use (~110 KB of base64).
 */

const SUBSETS = ["latin", "cyrillic", "cyrillic-ext"] as const;
const WEIGHTS = [400, 700] as const;

let cached: string | null = null;

export function notoSansFontFaceCss(): string {
  if (cached !== null) return cached;
  const require = createRequire(import.meta.url);
  const ranges = JSON.parse(
    fs.readFileSync(require.resolve("@fontsource/noto-sans/unicode.json"), "utf8"),
  ) as Record<string, string>;
  const rules: string[] = [];
  for (const subset of SUBSETS) {
    for (const weight of WEIGHTS) {
      const file = require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff2`);
      const data = fs.readFileSync(file).toString("base64");
      rules.push(
        `@font-face{font-family:'${CHART_FONT}';font-style:normal;font-weight:${weight};` +
          `src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${ranges[subset]};}`,
      );
    }
  }
  cached = rules.join("\n");
  return cached;
}
