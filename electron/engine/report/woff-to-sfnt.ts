import { inflateSync } from "node:zlib";
import { renameFontFamily } from "./sfnt-name-table.ts";

/**
 * Unpacks a WOFF 1.0 font into the plain TrueType/OpenType file it wraps (W3C WOFF 1.0,
 * sections 4-5: a header, a table directory, zlib-compressed tables). resvg reads only plain
 * font files and the bundled Noto Sans ships as WOFF. With `rename`, the font's family name
 * is replaced (see sfnt-name-table.ts).
 */
/** "name" as a big-endian table tag. */
const NAME_TAG = 0x6e616d65;

export function woffToSfnt(
  woff: Uint8Array,
  where: string,
  rename?: { family: string; weight: number },
): Buffer {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < 44 || view.getUint32(0) !== 0x774f4646) {
    throw new Error(`${where}: not a WOFF 1.0 font (no "wOFF" signature)`);
  }
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const offset = view.getUint32(at + 4);
    const compLength = view.getUint32(at + 8);
    const origLength = view.getUint32(at + 12);
    const stored = woff.subarray(offset, offset + compLength);
    const unpacked = compLength < origLength ? inflateSync(stored) : Buffer.from(stored);
    if (unpacked.length !== origLength) throw new Error(`${where}: table ${i} unpacks to the wrong length`);
    const tag = view.getUint32(at);
    const data =
      rename && tag === NAME_TAG ? renameFontFamily(unpacked, rename.family, rename.weight) : unpacked;
    return { tag, checksum: view.getUint32(at + 16), data };
  });
  const padded = (n: number) => (n + 3) & ~3;
  const headerLength = 12 + 16 * numTables;
  const out = Buffer.alloc(tables.reduce((sum, t) => sum + padded(t.data.length), headerLength));
  let entrySelector = 0;
  while (2 ** (entrySelector + 1) <= numTables) entrySelector++;
  const searchRange = 2 ** entrySelector * 16;
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(searchRange, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * 16 - searchRange, 10);
  let position = headerLength;
  tables.forEach((table, i) => {
    const record = 12 + i * 16;
    out.writeUInt32BE(table.tag, record);
    out.writeUInt32BE(table.checksum, record + 4);
    out.writeUInt32BE(position, record + 8);
    out.writeUInt32BE(table.data.length, record + 12);
    table.data.copy(out, position);
    position += padded(table.data.length);
  });
  return out;
}
