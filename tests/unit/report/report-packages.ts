import { inflateSync } from "node:zlib";
import { unzipSync } from "fflate";

/** The parts of an Office (zip) package by path; throws if the bytes are not a zip. */
export function zipParts(data: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(data);
}

export function partText(parts: Record<string, Uint8Array>, name: string): string {
  const part = parts[name];
  if (!part) throw new Error(`the package has no part ${name}; it has ${Object.keys(parts).join(", ")}`);
  return new TextDecoder().decode(part);
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function isPng(data: Uint8Array): boolean {
  return PNG_SIGNATURE.every((byte, i) => data[i] === byte);
}

/** Page objects in a PDF (`/Type /Page`, not `/Pages`); pdfkit writes them uncompressed. */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
}

/** The decompressed content stream of each page, in page order. */
export function pdfPageContents(pdf: Buffer): string[] {
  const text = pdf.toString("latin1");
  const pages = [...text.matchAll(/\/Type \/Page\b(?!s)[\s\S]*?\/Contents (\d+) 0 R/g)].map((m) => m[1]);
  return pages.map((id) => {
    const object = text.match(new RegExp(`\\n${id} 0 obj\\s*<<([\\s\\S]*?)>>\\s*stream\\r?\\n`));
    if (!object || object.index === undefined) throw new Error(`content stream ${id} not found`);
    const length = Number(object[1]?.match(/\/Length (\d+)/)?.[1]);
    const start = object.index + object[0].length;
    const stream = pdf.subarray(start, start + length);
    return (/\/FlateDecode/.test(object[1] ?? "") ? inflateSync(stream) : stream).toString("latin1");
  });
}
