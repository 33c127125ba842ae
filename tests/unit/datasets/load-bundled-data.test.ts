import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { loadBundledData } from "../../../electron/engine/datasets/load-bundled-data.ts";
import { resolveDatasetsDir } from "../../../electron/engine/datasets/resolve-datasets-dir.ts";
import { openDb, rows, scalar } from "./open-bundled-db.ts";

const temps: string[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "osh-datasets-"));
  temps.push(dir);
  return dir;
}

/** A private copy of datasets/ the test may damage. */
function copyOfDatasets(): string {
  const target = path.join(tempDir(), "datasets");
  fs.cpSync(resolveDatasetsDir(), target, { recursive: true });
  return target;
}

afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("loadBundledData", () => {
  it("loads once, then skips while the manifest hash is unchanged, also after reopening the file", async () => {
    const file = path.join(tempDir(), "workspace.duckdb");
    const first = await openDb(file);
    const loaded = await loadBundledData(first.conn, resolveDatasetsDir());
    expect(loaded.skipped).toBe(false);
    const again = await loadBundledData(first.conn, resolveDatasetsDir());
    expect(again.skipped).toBe(true);
    expect(again.tables).toEqual(loaded.tables);
    const observations = loaded.tables.find((t) => t.table === "observations")?.rows;
    expect(Number(await scalar(first.conn, "SELECT count(*) FROM main.observations"))).toBe(observations);
    first.close();

    const reopened = await openDb(file);
    const third = await loadBundledData(reopened.conn, resolveDatasetsDir());
    expect(third.skipped).toBe(true);
    const stored = await rows(
      reopened.conn,
      "SELECT dataset_id, content_hash FROM workbench_meta.bundled_data",
    );
    expect(stored).toEqual([{ dataset_id: loaded.datasetId, content_hash: loaded.contentHash }]);
    reopened.close();
  });

  it("reloads when a bundled table was dropped or the content hash changed", async () => {
    const db = await openDb();
    const datasets = copyOfDatasets();
    await loadBundledData(db.conn, datasets);
    await db.conn.run("DROP TABLE main.targets");
    expect((await loadBundledData(db.conn, datasets)).skipped).toBe(false);
    expect(Number(await scalar(db.conn, "SELECT count(*) FROM main.targets"))).toBeGreaterThan(0);

    const manifestPath = path.join(datasets, "osh", "manifest.json");
    const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8"));
    manifest.content_hash = "0".repeat(64);
    fs.writeFileSync(manifestPath, JSON.stringify(manifest));
    const report = await loadBundledData(db.conn, datasets);
    expect(report.skipped).toBe(false);
    expect(report.contentHash).toBe("0".repeat(64));
    expect(await scalar(db.conn, "SELECT content_hash FROM workbench_meta.bundled_data")).toBe(
      "0".repeat(64),
    );
    db.close();
  });

  it("registers each bundled table in workbench_meta.table_meta as real (not synthetic) data", async () => {
    const db = await openDb();
    await loadBundledData(db.conn, resolveDatasetsDir());
    const meta = await rows(
      db.conn,
      "SELECT table_name, synthetic, origin, len(source_ids) > 0 AS has_sources FROM workbench_meta.table_meta ORDER BY 1",
    );
    expect(meta).toEqual(
      ["framework", "indicators", "observations", "sources", "targets", "units"].map((t) => ({
        table_name: t,
        synthetic: false,
        origin: "bundled",
        has_sources: true,
      })),
    );
    const types = await rows(
      db.conn,
      "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'observations' AND column_name IN ('year', 'value') ORDER BY 1",
    );
    expect(types).toEqual([
      { column_name: "value", data_type: "DOUBLE" },
      { column_name: "year", data_type: "INTEGER" },
    ]);
    db.close();
  });

  it("rolls back and names the file when a CSV is broken, keeping the tables loaded before", async () => {
    const db = await openDb();
    const datasets = copyOfDatasets();
    await loadBundledData(db.conn, datasets);
    const before = Number(await scalar(db.conn, "SELECT count(*) FROM main.observations"));

    const csv = path.join(datasets, "osh", "observations.csv");
    const lines = fs.readFileSync(csv, "utf8").split("\n");
    lines[1] = (lines[1] ?? "").replace(/^([^,]*,[^,]*,)(\d+)/, "$1not-a-year");
    fs.writeFileSync(csv, lines.join("\n"));
    const manifestPath = path.join(datasets, "osh", "manifest.json");
    const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8"));
    manifest.content_hash = "1".repeat(64);
    fs.writeFileSync(manifestPath, JSON.stringify(manifest));

    await expect(loadBundledData(db.conn, datasets)).rejects.toThrow(
      /observations\.csv: loading table observations failed/,
    );
    expect(Number(await scalar(db.conn, "SELECT count(*) FROM main.observations"))).toBe(before);
    expect(await scalar(db.conn, "SELECT content_hash FROM workbench_meta.bundled_data")).not.toBe(
      "1".repeat(64),
    );
    db.close();
  });

  it("refuses a manifest whose columns differ from the engine's layout, saying which table", async () => {
    const db = await openDb();
    const datasets = copyOfDatasets();
    const manifestPath = path.join(datasets, "osh", "manifest.json");
    const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8"));
    manifest.tables[1].columns.pop();
    fs.writeFileSync(manifestPath, JSON.stringify(manifest));
    await expect(loadBundledData(db.conn, datasets)).rejects.toThrow(
      /table units has columns .* but the engine expects/,
    );
    db.close();
  });
});

describe("resolveDatasetsDir", () => {
  it("walks up from a built dist/ module to the package root's datasets folder", () => {
    const root = tempDir();
    fs.mkdirSync(path.join(root, "datasets", "osh"), { recursive: true });
    fs.writeFileSync(path.join(root, "datasets", "osh", "manifest.json"), "{}");
    const moduleDir = path.join(root, "dist", "electron", "engine", "datasets");
    fs.mkdirSync(moduleDir, { recursive: true });
    const fromUrl = pathToFileURL(path.join(moduleDir, "resolve-datasets-dir.js")).href;
    expect(resolveDatasetsDir(fromUrl)).toBe(path.join(root, "datasets"));
  });

  it("says where it looked when there is no bundled data", () => {
    const lonely = path.join(tempDir(), "a", "b");
    fs.mkdirSync(lonely, { recursive: true });
    const fromUrl = pathToFileURL(path.join(lonely, "x.js")).href;
    expect(() => resolveDatasetsDir(fromUrl)).toThrow(
      /bundled data not found: no datasets\/osh\/manifest\.json in .*a\/b/,
    );
  });
});
