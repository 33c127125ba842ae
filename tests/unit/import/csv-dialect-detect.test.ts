import { describe, expect, it } from "vitest";
import { detectCsvDialect } from "../../../electron/engine/import/csv-dialect-detect.ts";
import { detectNumberSeparators, numberParser } from "../../../electron/engine/import/numeric-text-format.ts";

const detect = (text: string) => detectCsvDialect("t.csv", text, true, {});

describe("detectCsvDialect", () => {
  it("prefers semicolons over the commas of decimal numbers", () => {
    const { dialect } = detect("Район;Доля, %\nОш;12,5\nНоокат;41,7\n");
    expect(dialect).toMatchObject({ delimiter: ";", header: true, decimalSeparator: ",", skipRows: 0 });
  });

  it("finds tabs, pipes and commas", () => {
    expect(detect("a\tb\n1\t2\n").dialect.delimiter).toBe("\t");
    expect(detect("a|b|c\n1|2|3\n").dialect.delimiter).toBe("|");
    expect(detect('name,note\nOsh,"a, b"\nNookat,"c"\n').dialect.delimiter).toBe(",");
  });

  it("skips title lines above the table and says so", () => {
    const analysis = detect("Таблица 1. Доля\n\nРайон;2022;2023\nОш;12,5;13,1\n");
    expect(analysis.dialect.skipRows).toBe(2);
    expect(analysis.dialect.header).toBe(true);
    expect(analysis.warnings[0]).toContain("Таблица 1. Доля");
  });

  it("sees a header of years above numbers, and no header above data", () => {
    expect(detect("Район;2021;2022\nОш;1,5;2,5\n").dialect.header).toBe(true);
    expect(detect("1;2\n3;4\n").dialect.header).toBe(false);
  });

  it("detects thousands separators including no-break spaces", () => {
    expect(detect("a;b\nx;1 234,5\ny;12 345 678\n").dialect).toMatchObject({
      decimalSeparator: ",",
      thousandsSeparator: " ",
    });
    expect(detectNumberSeparators(["1\u00a0234,5", "2\u202f000"])).toEqual({ decimal: ",", thousands: " " });
    expect(detectNumberSeparators(["1.234.567,5", "12,5"])).toEqual({ decimal: ",", thousands: "." });
    expect(detectNumberSeparators(["1,234,567.5", "12.5"])).toEqual({ decimal: ".", thousands: "," });
    expect(detectNumberSeparators(["1,234", "1.234"])).toEqual({ decimal: ".", thousands: "" });
  });

  it("takes the user's overrides over detection", () => {
    const { dialect } = detectCsvDialect("t.csv", "a;b\n1;2\n", true, { delimiter: ",", header: false });
    expect(dialect).toMatchObject({ delimiter: ",", header: false });
  });

  it("refuses equal decimal and thousands separators chosen by the user", () => {
    expect(() =>
      detectCsvDialect("t.csv", "a;b\n1;2\n", true, { decimalSeparator: ",", thousandsSeparator: "," }),
    ).toThrowError(expect.objectContaining({ code: "INVALID_OPTION" }));
  });
});

describe("numberParser", () => {
  it("parses Russian-style numbers and rejects text", () => {
    const parse = numberParser(",", " ");
    expect(parse("1 234,5")).toEqual({ value: 1234.5, grouped: true, fraction: true });
    expect(parse("-0,25")?.value).toBe(-0.25);
    expect(parse("12")).toEqual({ value: 12, grouped: false, fraction: false });
    expect(parse("12 34")).toBeUndefined();
    expect(parse("Ош")).toBeUndefined();
  });
});
