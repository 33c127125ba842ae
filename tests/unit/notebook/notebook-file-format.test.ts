import { describe, expect, it } from "vitest";
import { findJsonSyntaxError } from "../../../shared/notebook/json-syntax-error.ts";
import type { Notebook } from "../../../shared/notebook/notebook-schema.ts";
import { parseNotebook, serializeNotebook } from "../../../shared/notebook/notebook-serialize.ts";

const notebook: Notebook = {
  version: 1,
  title: "Test notebook",
  cells: [
    { id: "a", name: "intro", kind: "markdown", source: "# Title\n\nSome *text*.\n" },
    {
      id: "b",
      name: "osh_internet_2022",
      kind: "sql",
      source: "SELECT *\nFROM units\nWHERE unit_id = 'osh'",
    },
    {
      id: "c",
      name: "year",
      kind: "input",
      hideInSlides: true,
      source: "",
      options: { value: 2022, control: "year", min: 2010, max: 2024 },
    },
    {
      id: "d",
      name: "region",
      kind: "input",
      source: "",
      options: {
        control: "dropdown",
        value: "osh_oblast",
        optionsFrom: { table: "units", column: "unit_id" },
      },
    },
    {
      id: "e",
      name: "trend",
      kind: "chart",
      source: "",
      options: { spec: { source: "b", mark: "line", a: [1, { z: 1, y: 2 }] } },
    },
    { id: "f", name: "gap", kind: "gap", source: "", options: { config: { indicatorId: "x" } } },
  ],
};

function parsed(text: string): Notebook {
  const r = parseNotebook(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.notebook;
}

function failure(text: string) {
  const r = parseNotebook(text);
  if (r.ok) throw new Error("expected the notebook not to parse");
  return r.error;
}

describe("notebook file format", () => {
  it("writes stable JSON: fixed key order, source as lines, sorted options, 2-space indent, final newline", () => {
    const text = serializeNotebook(notebook);
    expect(text.endsWith("}\n")).toBe(true);
    expect(text.startsWith('{\n  "version": 1,\n  "title": "Test notebook",\n  "cells": [\n')).toBe(true);
    expect(text).toContain(
      '"source": [\n        "SELECT *",\n        "FROM units",\n        "WHERE unit_id = \'osh\'"\n      ]',
    );
    const year = JSON.parse(text).cells[2];
    expect(Object.keys(year)).toEqual(["id", "name", "kind", "hideInSlides", "source", "options"]);
    expect(Object.keys(year.options)).toEqual(["control", "max", "min", "value"]);
    expect(JSON.parse(text).cells[4].options.spec.a[1]).toEqual({ y: 2, z: 1 });
    expect(Object.keys(JSON.parse(text).cells[4].options.spec.a[1])).toEqual(["y", "z"]);
    // Results are never part of the file.
    expect(text).not.toMatch(/result|rows/i);
  });

  it("round-trips: parse then serialize gives the same bytes, and the same notebook", () => {
    const text = serializeNotebook(notebook);
    const back = parsed(text);
    expect(serializeNotebook(back)).toBe(text);
    expect(back.cells[0]?.source).toBe("# Title\n\nSome *text*.\n");
    expect(back.cells[2]).toMatchObject({ hideInSlides: true, options: { value: 2022 } });
    expect(back.cells.map((c) => c.source)).toEqual(notebook.cells.map((c) => c.source));
  });

  it("migrates a version 0 file (no names, source as one string)", () => {
    const v0 = JSON.stringify({
      version: 0,
      title: "Old",
      cells: [
        { id: "x1", kind: "markdown", source: "# Old notes" },
        { id: "x2", kind: "sql", source: "SELECT 1;\nSELECT 2" },
      ],
    });
    const r = parseNotebook(v0);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.migratedFrom).toBe(0);
    expect(r.notebook).toEqual({
      version: 1,
      title: "Old",
      cells: [
        { id: "x1", name: "markdown_1", kind: "markdown", source: "# Old notes" },
        { id: "x2", name: "sql_2", kind: "sql", source: "SELECT 1;\nSELECT 2" },
      ],
    });
    expect(JSON.parse(serializeNotebook(r.notebook)).cells[1].source).toEqual(["SELECT 1;", "SELECT 2"]);
  });

  it("reports a damaged version 0 file with the field at fault", () => {
    const e = failure(
      JSON.stringify({ version: 0, title: "Old", cells: [{ id: "x", kind: "chart", source: "" }] }),
    );
    expect(e.kind).toBe("invalid");
    expect(e.message).toMatch(/^not a valid v0 notebook: cells\[0\]\.kind: /);
  });

  it("locates a JSON syntax error by line and column", () => {
    const text = '{\n  "version": 1,\n  "title": "x"\n  "cells": []\n}\n';
    const e = failure(text);
    expect(e).toMatchObject({ kind: "syntax", line: 4, column: 3 });
    expect(e.message).toBe('line 4, column 3: expected "," or "}" after a property value, found """');
  });

  it("locates a truncated file at its end", () => {
    const full = serializeNotebook(notebook);
    const cut = full.slice(0, 200);
    const e = failure(cut);
    const lines = cut.split("\n");
    expect(e.kind).toBe("syntax");
    expect(e.line).toBe(lines.length);
  });

  it("says a file from a newer version is from a newer version", () => {
    const e = failure(JSON.stringify({ version: 7, title: "Future", cells: [], newThing: true }));
    expect(e).toEqual({
      kind: "future",
      message: "made by a newer version (v7); this app reads up to v1",
    });
  });

  it("names the field path of a schema problem", () => {
    const file = JSON.parse(serializeNotebook(notebook));
    file.cells[3].name = "Region Name";
    const e = failure(JSON.stringify(file));
    expect(e.kind).toBe("invalid");
    expect(e.path).toBe("cells[3].name");
    expect(e.message).toMatch(/^cells\[3\]\.name: "Region Name" is not a valid cell name/);
  });

  it("rejects duplicate cell names at the second one", () => {
    const file = JSON.parse(serializeNotebook(notebook));
    file.cells[5].name = "intro";
    const e = failure(JSON.stringify(file));
    expect(e.path).toBe("cells[5].name");
    expect(e.message).toContain('name "intro" is already used by cells[0]');
  });

  it("checks input options against the control", () => {
    const file = JSON.parse(serializeNotebook(notebook));
    file.cells[2].options.value = "2022";
    expect(failure(JSON.stringify(file)).path).toBe("cells[2].options.value");
    delete file.cells[3].options.optionsFrom;
    file.cells[2].options.value = 2022;
    expect(failure(JSON.stringify(file)).message).toMatch(
      /^cells\[3\]\.options\.optionsFrom: a dropdown needs/,
    );
  });

  it("refuses files that are not notebooks at all", () => {
    expect(failure("[1, 2]").message).toBe("not a notebook: the file holds no JSON object");
    expect(failure('{"title": "x"}').message).toBe('not a notebook: the file has no "version" field');
    expect(failure('{"version": "1"}').message).toMatch(/^version: "1" is not a notebook format version/);
  });
});

describe("JSON syntax error finder", () => {
  it("returns null for valid JSON and agrees with JSON.parse on what is invalid", () => {
    const samples = ['{"a": [1, -2.5e3, true, null, "x\\u00e9\\n"]}', "[]", '  "s"  ', "0"];
    for (const s of samples) expect(findJsonSyntaxError(s)).toBeNull();
    const bad = ['{"a": 01}', "[1,]", '{"a" 1}', '"\\x"', "{'a': 1}", '{"a": 1} x', '"line\nbreak"', ""];
    for (const s of bad) {
      expect(() => JSON.parse(s)).toThrow();
      expect(findJsonSyntaxError(s)).not.toBeNull();
    }
  });

  it("points at the offending character", () => {
    expect(findJsonSyntaxError("[1, 2,, 3]")).toEqual({ offset: 6, reason: 'expected a value, found ","' });
    expect(findJsonSyntaxError('{"a": tru}')?.offset).toBe(6);
  });
});
