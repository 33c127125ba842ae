/**
 * Rewrites the family name in an OpenType `name` table (format 0), so each Noto Sans
 * subset file can be loaded under a name of its own. resvg picks a face by family and weight,
 * and with all subsets called "Noto Sans" it would pick one at random and fall back to the
 * others without regard to weight, so bold titles came out regular.
 */
export function renameFontFamily(table: Buffer, family: string, weight: number): Buffer {
  const format = table.readUInt16BE(0);
  if (format !== 0) throw new Error(`name table format ${format} is not supported (only 0)`);
  const count = table.readUInt16BE(2);
  const storage = table.readUInt16BE(4);
  const style = weight >= 700 ? "Bold" : "Regular";
  const replacement: Record<number, string> = {
    1: family,
    2: style,
    4: `${family} ${style}`,
    6: `${family.replace(/[^A-Za-z0-9-]/g, "")}-${style}`,
    16: family,
    17: style,
  };
  const records = Array.from({ length: count }, (_, i) => {
    const at = 6 + i * 12;
    const platform = table.readUInt16BE(at);
    const nameId = table.readUInt16BE(at + 6);
    const length = table.readUInt16BE(at + 8);
    const offset = table.readUInt16BE(at + 10);
    const text = replacement[nameId];
    const bytes =
      text === undefined
        ? table.subarray(storage + offset, storage + offset + length)
        : platform === 1
          ? Buffer.from(text, "latin1")
          : utf16be(text);
    return { header: table.subarray(at, at + 8), bytes };
  });
  const headerLength = 6 + count * 12;
  const out = Buffer.alloc(headerLength + records.reduce((sum, r) => sum + r.bytes.length, 0));
  out.writeUInt16BE(0, 0);
  out.writeUInt16BE(count, 2);
  out.writeUInt16BE(headerLength, 4);
  let offset = 0;
  records.forEach((record, i) => {
    const at = 6 + i * 12;
    record.header.copy(out, at);
    out.writeUInt16BE(record.bytes.length, at + 8);
    out.writeUInt16BE(offset, at + 10);
    record.bytes.copy(out, headerLength + offset);
    offset += record.bytes.length;
  });
  return out;
}

function utf16be(text: string): Buffer {
  return Buffer.from(text, "utf16le").swap16();
}
