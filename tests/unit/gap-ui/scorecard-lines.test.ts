import { describe, expect, it } from "vitest";
import { numberSources } from "../../../renderer/src/gaps/source-numbering.ts";
import { gapStringEn } from "../../../shared/gap/gap-strings-en.ts";
import {
  issuesBeyondFlags,
  notAssessableReasons,
  orderScorecardRows,
  scorecardLines,
} from "../../../shared/gap/scorecard-order.ts";
import { escapIndexTexts } from "../../../shared/gap/scorecard-text.ts";
import type { ScorecardRowWire } from "../../../shared/protocol/methods-gap.ts";

/** A scorecard row with every figure empty; tests set what they look at. */
function row(p: Partial<ScorecardRowWire> & Pick<ScorecardRowWire, "targetId" | "unitId">): ScorecardRowWire {
  return {
    unitName: p.unitId,
    programme: null,
    frameworkId: null,
    indicatorId: null,
    indicatorName: null,
    indicatorUnit: null,
    direction: null,
    latestValue: null,
    latestYear: null,
    baselineValue: null,
    baselineYear: null,
    targetValue: null,
    targetYear: null,
    gap: null,
    progress: null,
    growthKind: "compound_rate",
    observedGrowth: null,
    requiredGrowth: null,
    projectedValue: null,
    projectedYear: null,
    pointsUsed: 0,
    flags: [],
    sourceIds: [],
    issues: [],
    isUserTarget: false,
    figureSources: { latest: [], baseline: [], target: [] },
    method: "eurostat",
    status: "not_assessable",
    details: { ratio: null },
    ...p,
  } as ScorecardRowWire;
}

const units = ["osh_oblast", "osh_city", "kg"];
const rows = [
  row({ targetId: "T07", unitId: "kg", flags: ["no_indicator"] }),
  row({
    targetId: "T07",
    unitId: "osh_oblast",
    flags: ["no_indicator", "national_target_on_subnational_unit"],
  }),
  row({ targetId: "T03", unitId: "kg", indicatorId: "egdi_rank", status: "target_met" }),
  row({ targetId: "T03", unitId: "osh_city", indicatorId: "egdi_rank", status: "insufficient_data" }),
  row({
    targetId: "T09",
    unitId: "kg",
    indicatorId: "internet",
    flags: ["target_incomplete", "no_indicator"],
  }),
  row({ targetId: "T10", unitId: "kg", indicatorId: "internet", flags: ["target_incomplete"] }),
];

describe("scorecard table lines", () => {
  it("puts assessed targets first, groups by target and follows the cell's unit order", () => {
    const ordered = orderScorecardRows(rows, units);
    expect(ordered.map((r) => `${r.targetId}/${r.unitId}`)).toEqual([
      "T03/osh_city",
      "T03/kg",
      "T07/osh_oblast",
      "T07/kg",
      "T09/kg",
      "T10/kg",
    ]);
  });

  it("gives the units of a target without an indicator one shared line, every other row its own", () => {
    const lines = scorecardLines(orderScorecardRows(rows, units));
    expect(lines.map((l) => l.unitIds)).toEqual([["osh_city"], ["kg"], ["osh_oblast", "kg"], ["kg"], ["kg"]]);
    expect(lines[2]?.flags).toEqual(["no_indicator", "national_target_on_subnational_unit"]);
  });

  it("counts each not-assessable row under one reason", () => {
    expect(notAssessableReasons(rows)).toEqual({ total: 4, noIndicator: 3, targetIncomplete: 1, other: 0 });
  });

  it("leaves out table issues a flag already states", () => {
    const r = row({
      targetId: "T09",
      unitId: "kg",
      flags: ["target_incomplete"],
      issues: [
        { table: "targets", key: "T09", column: "target_year", message: "empty" },
        { table: "units", key: "kg", column: "unit_id", message: "not found in table units" },
      ],
    });
    expect(issuesBeyondFlags(r).map((i) => i.table)).toEqual(["units"]);
  });

  it("numbers sources in reading order: latest value, baseline, target, then the rest", () => {
    const numbered = numberSources([
      row({
        targetId: "A",
        unitId: "kg",
        sourceIds: ["ind", "obs", "tgt"],
        figureSources: { latest: ["obs"], baseline: ["tgt"], target: ["tgt"] },
      }),
      row({
        targetId: "B",
        unitId: "kg",
        sourceIds: ["other"],
        figureSources: { latest: [], baseline: [], target: [] },
      }),
    ]);
    expect([...numbered]).toEqual([
      ["obs", 1],
      ["tgt", 2],
      ["ind", 3],
      ["other", 4],
    ]);
  });
});

describe("escapIndexTexts", () => {
  it("writes ESCAP's two indices from the row's details, and nothing for other methods", () => {
    const escap = row({
      targetId: "T1",
      unitId: "kg",
      method: "escap",
      status: "accelerate_progress",
      details: {
        currentStatus: { progress: 0.2, index: 2, expectedProgress: 2 / 7, category: "behind" },
        anticipatedProgress: 0.7,
        anticipatedGap: 0.3,
      },
    });
    expect(escapIndexTexts(escap, gapStringEn)).toEqual([
      "Current Status Index 2.0 / 10 · Behind",
      "Anticipated Progress Index 0.70",
    ]);
    const onePoint = row({
      targetId: "T1",
      unitId: "kg",
      method: "escap",
      status: "insufficient_data",
      details: { currentStatus: null, anticipatedProgress: null, anticipatedGap: null },
    });
    expect(escapIndexTexts(onePoint, gapStringEn)).toEqual([]);
    expect(escapIndexTexts(row({ targetId: "T1", unitId: "kg" }), gapStringEn)).toEqual([]);
  });
});
