export const ROW_H = 26;
export const HEADER_H = 44;
export const ROWNUM_W = 72;
/** Browsers cap element height (~33M px in Chromium); beyond this the scrollbar is scaled. */
export const MAX_SPACER = 8_000_000;

export interface RowSpan {
  /** Height of the scrollable spacer. */
  spacerHeight: number;
  firstRow: number;
  /** Pixel shift of the first drawn row (negative: partly scrolled out). */
  shift: number;
  visibleRows: number;
}

/**
 * Which rows to draw for a scroll position. Past MAX_SPACER the scrollbar is scaled: a
 * scroll fraction maps onto the whole row range, so the end of 10 million rows is reachable.
 */
export function rowSpan(rowCount: number, scrollTop: number, bodyHeight: number): RowSpan {
  const totalH = rowCount * ROW_H;
  const spacerHeight = Math.min(totalH, MAX_SPACER);
  const scrollable = Math.max(1, spacerHeight - bodyHeight);
  const exactTop =
    (Math.min(Math.max(0, scrollTop), scrollable) / scrollable) * Math.max(0, totalH - bodyHeight);
  const firstRow = Math.min(Math.floor(exactTop / ROW_H), Math.max(0, rowCount - 1));
  return {
    spacerHeight,
    firstRow,
    shift: -(exactTop - firstRow * ROW_H),
    visibleRows: Math.max(0, Math.min(rowCount - firstRow, Math.ceil(bodyHeight / ROW_H) + 1)),
  };
}

/** Left edges of the columns, plus the total width as the last entry. */
export function columnOffsets(widths: number[]): number[] {
  const o = [0];
  for (const w of widths) o.push(o[o.length - 1]! + w);
  return o;
}

/** First and last column index overlapping [left, left + width). */
export function columnSpan(offsets: number[], left: number, width: number): [number, number] {
  const n = offsets.length - 1;
  if (n <= 0) return [0, -1];
  let first = 0;
  while (first < n - 1 && offsets[first + 1]! <= left) first++;
  let last = first;
  while (last < n - 1 && offsets[last + 1]! < left + width) last++;
  return [first, last];
}
