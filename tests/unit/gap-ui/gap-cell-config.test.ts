import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { resolveDatasetsDir } from "../../../electron/engine/datasets/resolve-datasets-dir.ts";
import { bundledStarterPath } from "../../../electron/engine/notebook/starter-notebook.ts";
import { DEFAULT_GAP_CONFIG, parseGapConfig, scorecardRequest } from "../../../shared/gap/gap-cell-config.ts";
import { parseNotebook } from "../../../shared/notebook/notebook-serialize.ts";

describe("gap cell config", () => {
  it("reads a new cell's null config as the default", () => {
    expect(parseGapConfig(null, "gap")).toEqual({ ok: true, config: DEFAULT_GAP_CONFIG });
  });

  it("names the cell and every wrong field", () => {
    const r = parseGapConfig(
      { targets: { by: "framework", frameworkIds: [] }, unitIds: [], method: "oecd" },
      "my_gap",
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(/^Gap cell my_gap: /);
    expect(r.message).toContain("config.targets.frameworkIds");
    expect(r.message).toContain("config.unitIds");
    expect(r.message).toContain("config.method");
  });

  it("turns each way of picking targets into the matching scorecard request", () => {
    const base = { unitIds: ["osh_city"], method: "escap" as const };
    expect(scorecardRequest({ ...base, targets: { by: "all" } })).toEqual(base);
    expect(
      scorecardRequest({ ...base, targets: { by: "framework", frameworkIds: ["T1"] }, asOfYear: 2021 }),
    ).toEqual({
      ...base,
      frameworkIds: ["T1"],
      asOfYear: 2021,
    });
    expect(scorecardRequest({ ...base, targets: { by: "programme", programme: "P" } })).toEqual({
      ...base,
      programme: "P",
    });
    expect(scorecardRequest({ ...base, targets: { by: "targets", targetIds: ["T03"] } })).toEqual({
      ...base,
      targetIds: ["T03"],
    });
  });

  it("accepts the starter notebook's gap cell", () => {
    const parsed = parseNotebook(fs.readFileSync(bundledStarterPath(resolveDatasetsDir()), "utf8"));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const cell = parsed.notebook.cells.find((c) => c.kind === "gap");
    if (cell?.kind !== "gap") throw new Error("the starter notebook has no gap cell");
    const r = parseGapConfig(cell.options.config, cell.name);
    expect(r.ok ? r.config.targets : r.message).toEqual({ by: "framework", frameworkIds: ["T1", "T3"] });
  });
});
