import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { splitFontRuns } from "../../../electron/engine/report/font-runs.ts";
import { notoSansFaces, parseUnicodeRange } from "../../../electron/engine/report/noto-sans-faces.ts";
import { svgTextFontRuns } from "../../../electron/engine/report/svg-text-font-runs.ts";
import { svgToPng } from "../../../electron/engine/report/svg-to-png.ts";
import { woffToSfnt } from "../../../electron/engine/report/woff-to-sfnt.ts";
import { isPng } from "./report-packages.ts";

const faces = notoSansFaces(400);

describe("Noto Sans subsets", () => {
  it("reads each subset's code-point ranges from the package's CSS", () => {
    expect(faces.map((f) => f.subset)).toEqual(["latin", "cyrillic", "cyrillic-ext", "latin-ext"]);
    expect(parseUnicodeRange("U+0000-00FF,U+0131")).toEqual([
      [0, 255],
      [305, 305],
    ]);
  });

  it("splits Kyrgyz text into runs that one subset file can draw each", () => {
    const runs = splitFontRuns("Өзгөн, 2023", faces).map((r) => [r.face.subset, r.text]);
    expect(runs).toEqual([
      ["cyrillic-ext", "Ө"],
      ["cyrillic", "зг"],
      ["cyrillic-ext", "ө"],
      ["cyrillic", "н"],
      ["latin", ", 2023"],
    ]);
  });

  it("wraps SVG text in per-subset tspans, keeping entities and attributes", () => {
    const svg = '<svg><text x="5" font-weight="bold">Ош &amp; 2023</text><rect id="a"/></svg>';
    expect(svgTextFontRuns(svg, faces)).toBe(
      '<svg><text x="5" font-weight="bold"><tspan font-family="OshNotoSans-cyrillic">Ош</tspan>' +
        '<tspan font-family="OshNotoSans-latin"> &amp; 2023</tspan></text><rect id="a"/></svg>',
    );
  });

  it("unpacks WOFF into a TrueType file with the same tables, renamed when asked", () => {
    const woff = readFileSync(faces[2]!.woffPath);
    const sfnt = woffToSfnt(woff, faces[2]!.woffPath, { family: "OshNotoSans-cyrillic-ext", weight: 400 });
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    expect(sfnt.readUInt16BE(4)).toBe(woff.readUInt16BE(12));
    expect(sfnt.includes(Buffer.from("OshNotoSans-cyrillic-ext", "utf16le").swap16())).toBe(true);
    expect(() => woffToSfnt(sfnt, "font.ttf")).toThrow(/font\.ttf: not a WOFF 1\.0 font/);
  });

  it("draws chart text with the bundled fonts: Kyrgyz letters and bold both reach the picture", async () => {
    const chart = (text: string, weight: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="40"><text x="4" y="28" font-family="sans-serif" font-size="20" font-weight="${weight}">${text}</text></svg>`;
    const blank = await svgToPng(chart("", "normal"), 1);
    const regular = await svgToPng(chart("ңөү 2023", "normal"), 1);
    const bold = await svgToPng(chart("ңөү 2023", "bold"), 1);
    expect(isPng(regular.png)).toBe(true);
    expect(regular.widthPx).toBe(160);
    expect(regular.png.equals(blank.png)).toBe(false);
    expect(bold.png.equals(regular.png)).toBe(false);
    expect((await svgToPng(chart("ңөү 2023", "normal"), 2)).widthPx).toBe(320);
  });
});
