/** RFC 4180 CSV reading and writing for the build (the inputs quote commas, quotes and newlines). */

export type CsvRecord = Record<string, string>;

/** Parses CSV text with a header row. Throws with the line number when a quote is left open. */
export function parseCsv(text: string, fileName: string): CsvRecord[] {
  const rows: string[][] = [];
  let field = "";
  let row: string[] = [];
  let inQuotes = false;
  let line = 1;
  let quoteLine = 0;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let p = 0; p < body.length; p++) {
    const ch = body[p];
    if (inQuotes) {
      if (ch === '"') {
        if (body[p + 1] === '"') {
          field += '"';
          p++;
        } else inQuotes = false;
      } else {
        if (ch === "\n") line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"') {
      inQuotes = true;
      quoteLine = line;
    } else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && body[p + 1] === "\n") p++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      line++;
    } else field += ch;
  }
  if (inQuotes) throw new Error(`${fileName}: line ${quoteLine}: quoted field is never closed`);
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...data] = rows;
  if (!header) throw new Error(`${fileName}: file is empty (no header row)`);
  return data
    .filter((r) => !(r.length === 1 && r[0] === ""))
    .map((r, index) => {
      if (r.length !== header.length) {
        throw new Error(
          `${fileName}: data row ${index + 1}: ${r.length} fields, the header has ${header.length}`,
        );
      }
      const rec: CsvRecord = {};
      header.forEach((name, col) => {
        rec[name] = r[col] ?? "";
      });
      return rec;
    });
}

export type CsvCell = string | number | boolean | null | undefined;

function formatCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" ? value : String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Writes rows in the given column order; null/undefined become empty fields (read back as NULL). */
export function formatCsv(columns: readonly string[], rows: ReadonlyArray<Record<string, CsvCell>>): string {
  const lines = [columns.join(",")];
  for (const row of rows) lines.push(columns.map((c) => formatCell(row[c])).join(","));
  return `${lines.join("\n")}\n`;
}
