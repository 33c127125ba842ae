/** A rectangle of cells, anchored where the mouse went down. */
export interface Selection {
  anchor: { row: number; col: number };
  focus: { row: number; col: number };
}

export interface Bounds {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export function selectionBounds(s: Selection): Bounds {
  return {
    top: Math.min(s.anchor.row, s.focus.row),
    bottom: Math.max(s.anchor.row, s.focus.row),
    left: Math.min(s.anchor.col, s.focus.col),
    right: Math.max(s.anchor.col, s.focus.col),
  };
}

export function inSelection(b: Bounds | null, row: number, col: number): boolean {
  return b !== null && row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;
}

/** TSV as spreadsheets paste it: tabs and newlines inside a value become spaces. */
export function toTsv(header: string[] | null, rows: string[][]): string {
  const clean = (v: string) => v.replace(/[\t\r\n]+/g, " ");
  const lines = rows.map((r) => r.map(clean).join("\t"));
  if (header) lines.unshift(header.map(clean).join("\t"));
  return `${lines.join("\n")}\n`;
}
