/**
 * Text tables contain no NUL and almost no other C0 control bytes; random or compressed data
 * has about one in ten. Returns the offset of the first binary byte when the sample is binary.
 */
export function findBinaryContent(bytes: Uint8Array): number | undefined {
  let controls = 0;
  let firstControl: number | undefined;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte === 0) return i;
    // Tab, LF, VT, FF, CR and the DOS end-of-file mark (0x1A) occur in real text files.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d) {
      if (byte === 0x1a) continue;
      controls++;
      firstControl ??= i;
    }
  }
  return controls > Math.max(2, bytes.length / 1000) ? firstControl : undefined;
}
