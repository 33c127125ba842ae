import { faceCovers, type NotoSansFace } from "./noto-sans-faces.ts";

export interface FontRun {
  face: NotoSansFace;
  text: string;
}

/**
 * Splits text into runs that one subset file can draw each, for writers (PDF) that cannot
 * fall back from one font file to another. A character no subset covers stays with the run
 * before it, so it shows as a missing-glyph box rather than breaking the line.
 */
export function splitFontRuns(text: string, faces: readonly NotoSansFace[]): FontRun[] {
  const [first] = faces;
  if (!first) throw new Error("splitFontRuns: no font faces given");
  const runs: FontRun[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const last = runs.at(-1);
    const face = faces.find((f) => faceCovers(f, code)) ?? last?.face ?? first;
    if (last && last.face === face) last.text += char;
    else runs.push({ face, text: char });
  }
  return runs;
}
