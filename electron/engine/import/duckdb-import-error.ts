import { ImportError } from "./import-error.ts";
import type { ImportFormat, TextEncodingName } from "./import-types.ts";

/** What the importer was doing when DuckDB failed, so the message can say what to change. */
export interface DuckDBFailureContext {
  file: string;
  format: ImportFormat;
  encoding?: TextEncodingName;
  /** The encoding detection would have chosen, when the user overrode it. */
  detectedEncoding?: TextEncodingName;
}

function firstLine(text: string): string {
  return (
    text
      .split("\n")[0]!
      .replace(/^[A-Za-z ]+Error: /, "")
      .trim() || text
  );
}

function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Turns a DuckDB reader error into an ImportError: the line and column DuckDB names become
 * structured fields, and the text says what was wrong and what to try.
 */
export function importErrorFromDuckDB(error: unknown, context: DuckDBFailureContext): ImportError {
  if (error instanceof ImportError) return error;
  const text = error instanceof Error ? error.message : String(error);
  const { file } = context;
  const csvLine = /CSV Error on Line: (\d+)/.exec(text);
  const line = csvLine ? Number(csvLine[1]) : undefined;

  const ragged = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(text);
  if (ragged) {
    const original = /Original Line: (.*)/.exec(text)?.[1];
    return new ImportError(
      "RAGGED_ROWS",
      file,
      `this row has ${ragged[2]} fields but the table has ${ragged[1]}` +
        (original ? ` (${JSON.stringify(clip(original))})` : "") +
        ". Check the delimiter and quoting, or fix the row",
      { line },
    );
  }
  if (/Invalid unicode|not utf-8 encoded/i.test(text)) {
    const hint =
      context.detectedEncoding && context.detectedEncoding !== context.encoding
        ? `; it looks like ${context.detectedEncoding} — choose that encoding`
        : "; choose the file's encoding (windows-1251 or koi8-r for Cyrillic)";
    return new ImportError("ENCODING", file, `the text is not valid ${context.encoding ?? "UTF-8"}${hint}`, {
      line,
    });
  }
  const conversion =
    /Error when converting column "(.+?)"\. Could not convert string "(.*?)" to '(.+?)'/.exec(text);
  if (conversion) {
    return new ImportError(
      "TYPE_MISMATCH",
      file,
      `value ${JSON.stringify(clip(conversion[2]!))} is not a valid ${conversion[3]}; ` +
        "choose another type for this column (e.g. VARCHAR) and load again",
      { line, column: conversion[1] },
    );
  }
  const tooLong = /Maximum line size of (\d+) bytes exceeded/.exec(text);
  if (tooLong) {
    return new ImportError(
      "LINE_TOO_LONG",
      file,
      `a line is longer than ${Number(tooLong[1]).toLocaleString("en")} bytes; is this really a table with one record per line?`,
      { line },
    );
  }
  const json = /Malformed JSON in file ".*?", at byte \d+ in (line|record\/value) (\d+): (.*?)\.?\s*$/m.exec(
    text,
  );
  if (json) {
    const place = json[1] === "line" ? { line: Number(json[2]) } : {};
    const record = json[1] === "line" ? "" : ` in record ${json[2]}`;
    return new ImportError("MALFORMED", file, `malformed JSON${record}: ${json[3]}`, place);
  }
  if (/No magic bytes found/.test(text)) {
    return new ImportError("MALFORMED", file, "not a valid Parquet file (the Parquet footer is missing)");
  }
  if (/Error when sniffing file/.test(text)) {
    return new ImportError(
      "MALFORMED",
      file,
      "DuckDB could not read this as a delimited table; check the delimiter, quote and header settings",
    );
  }
  if (/Type with name .* does not exist/.test(text)) {
    return new ImportError("INVALID_OPTION", file, `unknown column type: ${firstLine(text)}`);
  }
  return new ImportError(
    "MALFORMED",
    file,
    `could not read the ${context.format.toUpperCase()} file: ${firstLine(text)}`,
    {
      line,
    },
  );
}

export function isInterruptError(error: unknown): boolean {
  return error instanceof Error && /INTERRUPT|Interrupted!/.test(error.message);
}
