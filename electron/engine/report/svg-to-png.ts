import { createHash, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { notoSansFaces } from "./noto-sans-faces.ts";
import { subsetFamily, svgTextFontRuns } from "./svg-text-font-runs.ts";
import { woffToSfnt } from "./woff-to-sfnt.ts";

export interface PngImage {
  png: Buffer;
  widthPx: number;
  heightPx: number;
}

/**
 * Rasterises a chart for DOCX and PPTX, which cannot be relied on to show SVG. Text is drawn
 * with the bundled Noto Sans only (no system fonts), so a report looks the same on every
 * machine, each run of text in the subset file that has its letters.
 */
export async function svgToPng(svg: string, scale: number): Promise<PngImage> {
  const fontFiles = await notoSansFontFiles();
  const resvg = new Resvg(svgTextFontRuns(svg, notoSansFaces(400)), {
    fitTo: { mode: "zoom", value: scale },
    background: "white",
    font: {
      loadSystemFonts: false,
      fontFiles,
      defaultFontFamily: "Noto Sans",
      sansSerifFamily: "Noto Sans",
      serifFamily: "Noto Sans",
      monospaceFamily: "Noto Sans",
    },
    logLevel: "off",
  });
  const image = resvg.render();
  return { png: image.asPng(), widthPx: image.width, heightPx: image.height };
}

let fontFilesOnce: Promise<string[]> | undefined;

/**
 * resvg takes font files by path and reads no WOFF, so the bundled WOFF files are unpacked
 * once into the temp folder, each renamed to its subset's family (see subsetFamily), and
 * named by content hash so an updated font never meets a stale copy.
 */
function notoSansFontFiles(): Promise<string[]> {
  fontFilesOnce ??= (async () => {
    const dir = path.join(os.tmpdir(), "osh-workbench-fonts");
    await mkdir(dir, { recursive: true });
    const faces = [...notoSansFaces(400), ...notoSansFaces(700)];
    return Promise.all(
      faces.map(async (face) => {
        const woff = await readFile(face.woffPath);
        const family = subsetFamily(face.subset);
        const hash = createHash("sha256").update(woff).update(family).digest("hex").slice(0, 12);
        const file = path.join(dir, `${path.basename(face.woffPath, ".woff")}-${hash}.ttf`);
        if (!existsSync(file)) {
          // Another export may be unpacking the same font: write aside, then rename into place.
          const temp = `${file}.${randomUUID().slice(0, 8)}.partial`;
          await writeFile(temp, woffToSfnt(woff, face.woffPath, { family, weight: face.weight }));
          await rename(temp, file);
        }
        return file;
      }),
    );
  })();
  fontFilesOnce.catch(() => {
    fontFilesOnce = undefined;
  });
  return fontFilesOnce;
}
