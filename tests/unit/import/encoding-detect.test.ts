import { describe, expect, it } from "vitest";
import { guessCyrillicCodepage } from "../../../electron/engine/import/cyrillic-codepage-score.ts";
import { ImportError } from "../../../electron/engine/import/import-error.ts";
import { detectTextEncoding } from "../../../electron/engine/import/text-encoding-detect.ts";
import { encodeSingleByte, encodeUtf16 } from "./import-test-env.ts";

const TEXT = "Район;Доля пользователей Интернета, %\nОш;12,5\nНоокат;41,7\nКара-Суу;38,2\n";
const none = new Uint8Array(0);

describe("detectTextEncoding", () => {
  it("reads byte-order marks", () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);
    expect(detectTextEncoding("a.csv", utf8, none)).toEqual({ encoding: "utf-8", hasBom: true });
    expect(detectTextEncoding("a.csv", encodeUtf16(TEXT, "le", true), none)).toEqual({
      encoding: "utf-16le",
      hasBom: true,
    });
    expect(detectTextEncoding("a.csv", encodeUtf16(TEXT, "be", true), none)).toEqual({
      encoding: "utf-16be",
      hasBom: true,
    });
  });

  it("recognises UTF-16 without a byte-order mark from its NUL bytes", () => {
    const ascii = "district,share\nOsh,12.5\nNookat,41.7\n";
    expect(detectTextEncoding("a.csv", encodeUtf16(ascii, "le", false), none).encoding).toBe("utf-16le");
    expect(detectTextEncoding("a.csv", encodeUtf16(ascii, "be", false), none).encoding).toBe("utf-16be");
    expect(detectTextEncoding("a.csv", encodeUtf16(TEXT, "le", false), none).encoding).toBe("utf-16le");
    expect(detectTextEncoding("a.csv", encodeUtf16(TEXT, "be", false), none).encoding).toBe("utf-16be");
  });

  it("takes valid UTF-8 as UTF-8, even when the sample cuts a character in half", () => {
    const bytes = new TextEncoder().encode(TEXT);
    expect(detectTextEncoding("a.csv", bytes.subarray(0, 9), none).encoding).toBe("utf-8");
    expect(detectTextEncoding("a.csv", bytes, bytes.subarray(3)).encoding).toBe("utf-8");
  });

  it("tells Windows-1251 from KOI8-R", () => {
    const cp1251 = detectTextEncoding("a.csv", encodeSingleByte(TEXT, "windows-1251"), none);
    const koi8 = detectTextEncoding("a.csv", encodeSingleByte(TEXT, "koi8-r"), none);
    expect(cp1251.encoding).toBe("windows-1251");
    expect(koi8.encoding).toBe("koi8-r");
    expect(cp1251.note).toContain("windows-1251");
  });

  it("tells them apart on short upper-case headers too", () => {
    for (const text of ["РАЙОН;НАСЕЛЕНИЕ\n", "Область\n", "Баткенская область;Ошская область\n"]) {
      expect(guessCyrillicCodepage(encodeSingleByte(text, "windows-1251")).codepage).toBe("windows-1251");
      expect(guessCyrillicCodepage(encodeSingleByte(text, "koi8-r")).codepage).toBe("koi8-r");
    }
  });

  it("refuses binary data with the offset of the first binary byte", () => {
    const bytes = new TextEncoder().encode("a,b\n1,2\n");
    const garbage = new Uint8Array([...bytes, 0x00, 0x01, 0x02]);
    expect(() => detectTextEncoding("/x/garbage.csv", garbage, none)).toThrowError(
      expect.objectContaining({
        code: "BINARY_FILE",
        message: expect.stringMatching(/^garbage\.csv: .*byte 8/),
      }),
    );
    expect(() => detectTextEncoding("/x/garbage.csv", garbage, none)).toThrow(ImportError);
  });
});
