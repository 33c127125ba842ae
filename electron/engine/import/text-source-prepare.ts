import { guessCyrillicCodepage } from "./cyrillic-codepage-score.ts";
import type { FileProbe } from "./file-probe.ts";
import { ImportError, throwIfCancelled } from "./import-error.ts";
import { createImportTempDir, type ImportTempDir } from "./import-temp-dir.ts";
import type { TextEncodingName } from "./import-types.ts";
import type { PlanRequest } from "./source-plan.ts";
import { detectTextEncoding, type EncodingDetection } from "./text-encoding-detect.ts";
import { reencodeFileToUtf8, writeUtf8Head } from "./text-reencode.ts";
import { firstInvalidUtf8Offset, lineAtOffset } from "./utf8-invalid-position.ts";

/** A text file made ready for DuckDB: a UTF-8 path to read and a decoded sample to detect from. */
export interface PreparedText {
  encoding: TextEncodingName;
  detectedEncoding: TextEncodingName;
  /** The original file when it is UTF-8, else a re-encoded copy in a temp folder. */
  readPath: string;
  sampleText: string;
  sampleIsWholeFile: boolean;
  warnings: string[];
  dispose(): Promise<void>;
}

/** A preview re-encodes only this much of a non-UTF-8 file. */
const PREVIEW_BYTES = 1024 * 1024;

export async function prepareTextSource(probe: FileProbe, request: PlanRequest): Promise<PreparedText> {
  const detection = detectEncoding(probe, request.overrides.encoding);
  const encoding = request.overrides.encoding ?? detection.encoding;
  const warnings: string[] = [];
  if (request.overrides.encoding === undefined && detection.note)
    warnings.push(`encoding: ${detection.note}`);
  const mismatch = codepageMismatch(probe, encoding);
  if (mismatch) warnings.push(mismatch);
  const sampleText = new TextDecoder(encoding).decode(probe.head);
  if (sampleText.trim() === "") {
    throw new ImportError("EMPTY_FILE", probe.path, "the file contains no data (only blank lines or spaces)");
  }
  const sampleIsWholeFile = probe.head.length === probe.size;
  if (encoding === "utf-8") {
    rejectInvalidUtf8(probe, detection.encoding);
    return {
      encoding,
      detectedEncoding: detection.encoding,
      readPath: probe.path,
      sampleText,
      sampleIsWholeFile,
      warnings,
      dispose: async () => {},
    };
  }
  const temp: ImportTempDir = await createImportTempDir();
  try {
    const readPath = temp.file("utf8-copy.txt");
    if (request.purpose === "preview") {
      await writeUtf8Head(probe.path, readPath, encoding, PREVIEW_BYTES);
    } else {
      request.onProgress?.({ phase: "reencoding", bytesDone: 0, bytesTotal: probe.size });
      await reencodeFileToUtf8(probe.path, readPath, {
        encoding,
        signal: request.signal,
        onBytes: (bytesDone) =>
          request.onProgress?.({ phase: "reencoding", bytesDone, bytesTotal: probe.size }),
      });
    }
    throwIfCancelled(probe.path, request.signal);
    return {
      encoding,
      detectedEncoding: detection.encoding,
      readPath,
      sampleText,
      sampleIsWholeFile,
      warnings,
      dispose: () => temp.remove(),
    };
  } catch (error) {
    await temp.remove();
    throw error;
  }
}

/** UTF-16 without a byte-order mark is full of NUL bytes; when the user says it is UTF-16, believe it. */
function detectEncoding(probe: FileProbe, chosen: TextEncodingName | undefined): EncodingDetection {
  try {
    return detectTextEncoding(probe.path, probe.head, probe.tail);
  } catch (error) {
    const utf16 = chosen === "utf-16le" || chosen === "utf-16be";
    if (utf16 && error instanceof ImportError && error.code === "BINARY_FILE")
      return { encoding: chosen, hasBom: false };
    throw error;
  }
}

/**
 * UTF-8 chosen for a file whose first bytes are not UTF-8: say so now, naming the first bad line,
 * rather than let DuckDB fail later on whichever line it parses first.
 */
function rejectInvalidUtf8(probe: FileProbe, detected: TextEncodingName): void {
  const offset = firstInvalidUtf8Offset(probe.head);
  if (offset === undefined) return;
  const hint = detected === "utf-8" ? "" : `; it looks like ${detected} — choose that encoding`;
  throw new ImportError("ENCODING", probe.path, `the text is not valid utf-8${hint}`, {
    line: lineAtOffset(probe.head, offset),
  });
}

/** A Cyrillic code page chosen by hand that reads clearly worse than the other one is worth a warning. */
function codepageMismatch(probe: FileProbe, encoding: TextEncodingName): string | undefined {
  if (encoding !== "windows-1251" && encoding !== "koi8-r") return undefined;
  const { codepage, scores } = guessCyrillicCodepage(probe.head);
  const margin = scores[codepage].perLetter - scores[encoding].perLetter;
  if (codepage === encoding || scores[codepage].letters < 5 || margin < 1) return undefined;
  return `encoding: the Cyrillic text reads as gibberish in ${encoding} but as words in ${codepage}; check the preview`;
}
