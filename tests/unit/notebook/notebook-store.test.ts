import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resolveDatasetsDir } from "../../../electron/engine/datasets/resolve-datasets-dir.ts";
import { EngineError } from "../../../electron/engine/engine-error.ts";
import { writeFileAtomic, writeTempBeside } from "../../../electron/engine/notebook/atomic-write.ts";
import { resolveNotebookPath } from "../../../electron/engine/notebook/notebook-paths.ts";
import { NotebookStore } from "../../../electron/engine/notebook/notebook-store.ts";
import {
  bundledStarterPath,
  installStarterNotebook,
} from "../../../electron/engine/notebook/starter-notebook.ts";
import type { Notebook } from "../../../shared/notebook/notebook-schema.ts";
import { serializeNotebook } from "../../../shared/notebook/notebook-serialize.ts";

let workspace: string;
let store: NotebookStore;
beforeEach(() => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), "osh-notebooks-"));
  store = new NotebookStore(workspace);
});
afterEach(() => fs.rmSync(workspace, { recursive: true, force: true }));

const nb = (title: string, sql = "SELECT 1"): Notebook => ({
  version: 1,
  title,
  cells: [{ id: "c1", name: "first", kind: "sql", source: sql }],
});

const file = (name: string) => path.join(workspace, "notebooks", name);

async function failure(p: Promise<unknown>): Promise<EngineError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof EngineError) return e;
    throw e;
  }
  throw new Error("expected a failure");
}

/** Sets a file's modification time to `seconds` after 2020-01-01. */
function setMtime(target: string, seconds: number): void {
  const t = new Date(Date.UTC(2020, 0, 1) + seconds * 1000);
  fs.utimesSync(target, t, t);
}

describe("saving and opening", () => {
  it("saves the serialised notebook and opens it again; list and recent show it", async () => {
    const saved = await store.save("report.json", nb("Report"));
    expect(saved.path).toBe("report.json");
    expect(fs.readFileSync(file("report.json"), "utf8")).toBe(serializeNotebook(nb("Report")));
    const opened = await store.open("report.json");
    expect(opened).toMatchObject({
      ok: true,
      path: "report.json",
      notebook: nb("Report"),
      migratedFrom: null,
    });

    await store.save("team/second.json", nb("Second"));
    const list = await store.list();
    expect(list.map((e) => [e.path, e.title, e.problem])).toEqual([
      ["report.json", "Report", null],
      ["team/second.json", "Second", null],
    ]);
    expect((await store.recent.list()).map((e) => e.path)).toEqual(["team/second.json", "report.json"]);
  });

  it("leaves the old file whole when a save dies between writing the temp file and the rename", async () => {
    await store.save("keep.json", nb("Old content"));
    const before = fs.readFileSync(file("keep.json"), "utf8");
    // What a crash leaves behind: the new content in a flushed temp file, never renamed.
    const temp = await writeTempBeside(file("keep.json"), serializeNotebook(nb("New content")));
    expect(fs.existsSync(temp)).toBe(true);
    expect(fs.readFileSync(file("keep.json"), "utf8")).toBe(before);
    expect(await store.open("keep.json")).toMatchObject({ ok: true, notebook: { title: "Old content" } });
    expect((await store.list()).map((e) => e.path)).toEqual(["keep.json"]);
    // The next engine run sweeps the leftover before it writes.
    const next = new NotebookStore(workspace);
    await next.sweepLeftovers();
    expect(fs.existsSync(temp)).toBe(false);
    await next.save("keep.json", nb("New content"));
    expect(await next.open("keep.json")).toMatchObject({ ok: true, notebook: { title: "New content" } });
  });

  it("writes atomically without leaving temporary files", async () => {
    const dir = path.join(workspace, "plain");
    fs.mkdirSync(dir);
    await writeFileAtomic(path.join(dir, "a.json"), "one");
    await writeFileAtomic(path.join(dir, "a.json"), "two");
    expect(fs.readdirSync(dir)).toEqual(["a.json"]);
    expect(fs.readFileSync(path.join(dir, "a.json"), "utf8")).toBe("two");
  });

  it("opens a damaged file with a located message and never saves over it", async () => {
    fs.mkdirSync(path.join(workspace, "notebooks"));
    const damaged = '{\n  "version": 1,\n  "title": "x",\n  "cells": [\n';
    fs.writeFileSync(file("damaged.json"), damaged);
    const opened = await store.open("damaged.json");
    expect(opened).toMatchObject({
      ok: false,
      path: "damaged.json",
      error: { kind: "syntax", line: 5, column: 1 },
    });
    if (opened.ok) return;
    expect(opened.error.message).toMatch(/^damaged\.json: line 5, column 1: /);

    const e = await failure(store.save("damaged.json", nb("Replacement")));
    expect(e.message).toMatch(/^Not saved: damaged\.json: line 5.*use Save As/);
    expect(fs.readFileSync(file("damaged.json"), "utf8")).toBe(damaged);

    const exists = await failure(store.saveAs("damaged.json", nb("Replacement")));
    expect(exists.message).toMatch(/already exists/);
    await store.saveAs("repaired.json", nb("Replacement"));
    expect(fs.readFileSync(file("damaged.json"), "utf8")).toBe(damaged);
    await store.saveAs("damaged.json", nb("Replacement"), { overwrite: true });
    expect(await store.open("damaged.json")).toMatchObject({ ok: true, notebook: { title: "Replacement" } });
  });

  it("opens a file from a newer version with that message and keeps it", async () => {
    fs.mkdirSync(path.join(workspace, "notebooks"));
    const future = JSON.stringify({ version: 3, title: "From the future", cells: [], pages: [] });
    fs.writeFileSync(file("future.json"), future);
    const opened = await store.open("future.json");
    expect(opened).toEqual({
      ok: false,
      path: "future.json",
      error: {
        kind: "future",
        message: "future.json: made by a newer version (v3); this app reads up to v1",
      },
    });
    await failure(store.save("future.json", nb("Older")));
    expect(fs.readFileSync(file("future.json"), "utf8")).toBe(future);
    expect((await store.list())[0]).toMatchObject({
      path: "future.json",
      title: null,
      problem: expect.stringMatching(/newer version/),
    });
  });

  it("says a missing notebook does not exist", async () => {
    const e = await failure(store.open("nothing.json"));
    expect(e.code).toBe("not_found");
    expect(e.message).toBe("Notebook nothing.json does not exist.");
  });
});

describe("notebook paths stay in the notebooks folder", () => {
  it("refuses escapes, hidden names and other extensions", async () => {
    const dir = path.join(workspace, "notebooks");
    const outside = path.join(workspace, "outside.json");
    for (const bad of [
      "../outside.json",
      "a/../../outside.json",
      outside,
      "/etc/passwd.json",
      ".recovery/x.json",
      "notes.txt",
      "",
    ]) {
      const e = await failure(resolveNotebookPath(dir, bad));
      expect(e.code).toBe("invalid_params");
    }
    const e = await failure(store.save("../outside.json", nb("Escape")));
    expect(e.message).toMatch(/is outside the notebooks folder/);
    expect(fs.existsSync(outside)).toBe(false);
  });

  it("accepts an absolute path inside the folder and names it relatively", async () => {
    const dir = path.join(workspace, "notebooks");
    expect((await resolveNotebookPath(dir, path.join(dir, "sub", "x.json"))).relative).toBe("sub/x.json");
  });

  it("refuses a link that leads out of the folder", async () => {
    const dir = path.join(workspace, "notebooks");
    fs.mkdirSync(dir);
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), "osh-elsewhere-"));
    try {
      fs.symlinkSync(elsewhere, path.join(dir, "linked"), "dir");
      const e = await failure(store.save("linked/escape.json", nb("Escape")));
      expect(e.message).toMatch(/through a link/);
      expect(fs.readdirSync(elsewhere)).toEqual([]);
    } finally {
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});

describe("autosave and recovery", () => {
  it("offers an unsaved draft after a crash, restores it, and forgets it once saved", async () => {
    const draft = nb("Never saved", "SELECT 42");
    await store.recovery.autosave({ draftId: "d-1" }, draft);
    const items = await store.recovery.check();
    expect(items).toMatchObject([
      { key: "untitled-d-1.json", path: null, draftId: "d-1", title: "Never saved" },
    ]);
    const restored = await store.recovery.restore(items[0]!.key);
    expect(restored).toEqual({ notebook: draft, path: null, draftId: "d-1" });
    await store.saveAs("rescued.json", restored.notebook, { draftId: "d-1" });
    expect(await store.recovery.check()).toEqual([]);
  });

  it("offers a recovery newer than its saved file, and drops one that is older or the same", async () => {
    await store.save("work.json", nb("Saved"));
    const { key } = await store.recovery.autosave({ path: "work.json" }, nb("Edited since"));
    setMtime(file("work.json"), 0);
    setMtime(path.join(store.recovery.dir, key), 60);
    expect(await store.recovery.check()).toMatchObject([
      { key: "work.json", path: "work.json", title: "Edited since", savedModifiedMs: Date.UTC(2020, 0, 1) },
    ]);

    // The file was saved after the autosave: the autosave is stale.
    setMtime(file("work.json"), 120);
    expect(await store.recovery.check()).toEqual([]);
    expect(fs.existsSync(path.join(store.recovery.dir, key))).toBe(false);

    // An autosave with the same content as the file offers nothing.
    await store.recovery.autosave({ path: "work.json" }, nb("Saved"));
    setMtime(path.join(store.recovery.dir, key), 600);
    expect(await store.recovery.check()).toEqual([]);
  });

  it("keys sub-folder notebooks by their encoded path and discards on request", async () => {
    const { key } = await store.recovery.autosave({ path: "team/plan.json" }, nb("Plan"));
    expect(key).toBe("team%2Fplan.json");
    expect(await store.recovery.check()).toMatchObject([{ path: "team/plan.json", savedModifiedMs: null }]);
    expect(await store.recovery.discard(key)).toBe(true);
    expect(await store.recovery.check()).toEqual([]);
    expect((await failure(store.recovery.restore("../notebooks.json"))).code).toBe("invalid_params");
  });
});

describe("starter notebook", () => {
  it("is copied on the first start only, and not brought back once deleted", async () => {
    const datasets = resolveDatasetsDir();
    const first = await installStarterNotebook(store, datasets);
    expect(first).toEqual({ path: "osh-ict-overview.json", firstStart: true });
    expect(fs.readFileSync(file("osh-ict-overview.json"), "utf8")).toBe(
      fs.readFileSync(bundledStarterPath(datasets), "utf8"),
    );
    expect((await store.recent.list())[0]?.path).toBe("osh-ict-overview.json");
    expect(await installStarterNotebook(store, datasets)).toEqual({
      path: "osh-ict-overview.json",
      firstStart: false,
    });
    fs.rmSync(file("osh-ict-overview.json"));
    expect(await installStarterNotebook(store, datasets)).toEqual({ path: null, firstStart: false });
  });
});
