/** One record of a delimited-text sample. */
export interface CsvRecord {
  fields: string[];
  /** 0-based line where the record starts (a quoted field may span lines). */
  line: number;
  /** The sample ended inside this record, so it may have more fields than shown. */
  truncated: boolean;
}

/**
 * Splits a text sample into records, RFC 4180 style (quoted fields, doubled quotes, CRLF/LF/CR).
 * Only used on a sample to detect the dialect; the real parse is DuckDB's.
 */
export function splitCsvRecords(
  text: string,
  delimiter: string,
  quote: string,
  maxRecords: number,
  sampleIsWholeFile: boolean,
): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let inQuotes = false;
  let line = 0;
  let recordLine = 0;
  let i = 0;
  const endRecord = (): void => {
    fields.push(field);
    records.push({ fields, line: recordLine, truncated: false });
    fields = [];
    field = "";
  };
  while (i < text.length && records.length < maxRecords) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === quote) {
        if (text[i + 1] === quote) {
          field += quote;
          i += 2;
          continue;
        }
        inQuotes = false;
      } else {
        if (ch === "\n" || (ch === "\r" && text[i + 1] !== "\n")) line++;
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === quote && field.trim() === "") {
      inQuotes = true;
      field = "";
    } else if (ch === delimiter) {
      fields.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += ch;
    }
    i++;
  }
  if (records.length < maxRecords && (field !== "" || fields.length > 0)) {
    fields.push(field);
    records.push({ fields, line: recordLine, truncated: !sampleIsWholeFile });
  }
  return records;
}

export function isBlankRecord(record: CsvRecord): boolean {
  return record.fields.every((field) => field.trim() === "");
}
