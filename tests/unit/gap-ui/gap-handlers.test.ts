import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { directTransport } from "../../../electron/engine/direct-transport.ts";
import { EngineCallError, EngineClient } from "../../../shared/protocol/engine-client.ts";
import type { UserTargetInput } from "../../../shared/protocol/methods-gap.ts";
import { closeTestEngine, openTestEngine } from "../engine/engine-fixture.ts";

let fixture: Awaited<ReturnType<typeof openTestEngine>>;
let client: EngineClient;
beforeAll(async () => {
  fixture = await openTestEngine({ bundledData: true });
  client = new EngineClient(directTransport(fixture.engine));
});
afterAll(() => {
  client.close();
  closeTestEngine(fixture);
});

/** The error an engine call fails with (the test fails if it succeeds). */
async function failure(call: Promise<unknown>): Promise<EngineCallError> {
  try {
    await call;
  } catch (e) {
    if (e instanceof EngineCallError) return e;
    throw e;
  }
  throw new Error("expected the call to fail");
}

/*
 * A target a user might enter for the Osh oblast roadmap. The target value and years are test
 * input typed by a "user", not a statistic; the scorecard compares it with the bundled series.
 */
const userTarget: UserTargetInput = {
  programme: "Osh oblast ICT roadmap (test input)",
  frameworkId: "T3.3",
  indicatorId: "account_ownership_pct_age15plus",
  unitScope: "osh_oblast",
  baselineValue: null,
  baselineYear: null,
  targetValue: 80,
  targetYear: 2030,
  direction: "higher",
  targetText: "Adults with an account",
  unit: "%",
  note: null,
};

describe("gap.options", () => {
  it("lists the bundled targets, framework, units, indicators and the three methods with their docs", async () => {
    const o = await client.call("gap.options", {});
    expect(o.targets.map((t) => t.targetId)).toEqual(expect.arrayContaining(["T03", "T09", "S01"]));
    const t03 = o.targets.find((t) => t.targetId === "T03");
    expect(t03).toMatchObject({
      indicatorId: "egdi_rank",
      unitScope: "kg",
      targetValue: 87,
      targetYear: 2020,
      direction: "lower",
      isUser: false,
    });
    expect(o.framework.find((f) => f.frameworkId === "T1.1")?.parentId).toBe("T1");
    expect(o.units[0]?.unitId).toBe("kg");
    expect(o.units.map((u) => u.unitId)).toEqual(expect.arrayContaining(["osh_oblast", "osh_city", "alay"]));
    expect(o.methods.map((m) => m.id)).toEqual(["eurostat", "escap", "german"]);
    expect(o.methods[0]?.categories.find((c) => c.id === "significant_progress")?.rule).toBe(
      "ratio >= 0.95 (95 %)",
    );
    expect(o.flags.find((f) => f.id === "no_indicator")?.label).toBe("No indicator");
  });
});

describe("gap.scorecard over the bundled data", () => {
  it("scores T03 as met from the 2020 EGDI rank and says why the others are not assessable", async () => {
    const r = await client.call("gap.scorecard", {
      frameworkIds: ["T1", "T3"],
      unitIds: ["osh_oblast", "kg"],
      method: "eurostat",
    });
    expect(r.method).toBe("eurostat");
    const t03kg = r.rows.find((x) => x.targetId === "T03" && x.unitId === "kg");
    expect(t03kg).toMatchObject({ status: "target_met", latestValue: 83, latestYear: 2020, targetValue: 87 });
    expect(t03kg?.flags).toContain("target_already_met");
    expect(t03kg?.figureSources.latest).toEqual(["24_kg_cf5c67"]);
    expect(t03kg?.figureSources.target).toEqual(["24_kg_cf5c67"]);
    // No EGDI rank for the oblast: a national target on a sub-national unit, without data.
    const t03oblast = r.rows.find((x) => x.targetId === "T03" && x.unitId === "osh_oblast");
    expect(t03oblast?.status).toBe("insufficient_data");
    expect(t03oblast?.flags).toEqual(
      expect.arrayContaining(["national_target_on_subnational_unit", "no_data"]),
    );
    // T09 has an indicator but no target year; T07 has no indicator at all.
    const t09 = r.rows.find((x) => x.targetId === "T09" && x.unitId === "kg");
    expect(t09?.status).toBe("not_assessable");
    expect(t09?.flags).toContain("target_incomplete");
    expect(t09?.latestValue).toBeCloseTo(79.7703);
    const t07 = r.rows.find((x) => x.targetId === "T07" && x.unitId === "kg");
    expect(t07?.status).toBe("not_assessable");
    expect(t07?.flags).toContain("no_indicator");
    // Every source a row names is looked up, with its publisher and URL.
    const cited = new Set(r.rows.flatMap((x) => x.sourceIds));
    expect(new Set(r.sources.map((s) => s.sourceId))).toEqual(cited);
    expect(r.sources.find((s) => s.sourceId === "24_kg_cf5c67")?.url).toMatch(/^https:\/\/24\.kg\//);
  });

  it("rejects an unknown method before it reaches the engine", async () => {
    const e = await failure(
      client.call("gap.scorecard", { unitIds: ["kg"], method: "oecd" as unknown as "eurostat" }),
    );
    expect(e.code).toBe("invalid_params");
    expect(e.message).toContain("method");
  });
});

describe("gap.series", () => {
  it("returns headline observations only, with their sources", async () => {
    const r = await client.call("gap.series", {
      indicatorId: "internet_users_pct_age15plus",
      unitIds: ["osh_oblast"],
    });
    expect(r.indicator.direction).toBe("higher");
    // One headline value per year 2018-2023, although the table holds breakdowns by sex, age, ...
    expect(r.points.map((p) => p.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023]);
    expect(r.points[0]).toMatchObject({
      unitId: "osh_oblast",
      value: 75.6,
      sourceId: "nsc_sdg_data_17_8_1_xml",
    });
  });

  it("names an unknown indicator", async () => {
    const e = await failure(client.call("gap.series", { indicatorId: "no_such", unitIds: ["kg"] }));
    expect(e.code).toBe("not_found");
    expect(e.message).toContain('"no_such" is not in table indicators');
  });
});

describe("user targets", () => {
  it("adds a user target, marks it, scores it next to the bundled ones, changes and deletes it", async () => {
    const { target } = await client.call("gap.targets.upsert", { target: userTarget });
    expect(target).toMatchObject({ targetId: "U01", isUser: true, sourceId: null, targetValue: 80 });
    const sc = await client.call("gap.scorecard", {
      targetIds: ["U01"],
      unitIds: ["osh_oblast"],
      method: "eurostat",
    });
    expect(sc.rows).toHaveLength(1);
    expect(sc.rows[0]).toMatchObject({ isUserTarget: true, latestYear: 2023, baselineYear: 2018 });
    expect(sc.rows[0]?.figureSources.latest).toEqual(["nsc_sdg_data_8_10_2_xml"]);
    expect(sc.rows[0]?.figureSources.target).toEqual([]);
    // SQL cells see the user's target in table targets, marked as such.
    const sql = await client.call("sql.run", { sql: "SELECT target_id FROM targets WHERE is_user" });
    expect(sql.rowCount).toBe(1);
    // A reload of the bundled data recreates table targets; the next gap call puts U01 back.
    await client.call("sql.run", { sql: "DELETE FROM targets WHERE is_user" });
    expect((await client.call("gap.options", {})).targets.find((t) => t.targetId === "U01")?.isUser).toBe(
      true,
    );

    const changed = await client.call("gap.targets.upsert", {
      target: { ...userTarget, targetId: "U01", targetValue: 70 },
    });
    expect(changed.target.targetValue).toBe(70);
    const second = await client.call("gap.targets.upsert", { target: userTarget });
    expect(second.target.targetId).toBe("U02");

    expect(await client.call("gap.targets.delete", { targetId: "U02" })).toEqual({
      deleted: true,
      unlinkedActions: 0,
    });
    const ids = (await client.call("gap.options", {})).targets.map((t) => t.targetId);
    expect(ids).toContain("U01");
    expect(ids).not.toContain("U02");
  });

  it("refuses a bad year range and an unknown unit, naming each column", async () => {
    const e = await failure(
      client.call("gap.targets.upsert", {
        target: { ...userTarget, unitScope: "atlantis", baselineValue: 50, baselineYear: 2031 },
      }),
    );
    expect(e.code).toBe("invalid_params");
    expect(e.message).toContain('unit_scope "atlantis" is not in table units');
    expect(e.message).toContain("target_year 2030 must come after baseline_year 2031");
    expect(e.where).toContain("table targets");
  });

  it("refuses a direction other than higher/lower, a year out of range and a half-given baseline", async () => {
    const e = await failure(
      client.call("gap.targets.upsert", {
        target: { ...userTarget, direction: "up", targetYear: 2300, baselineValue: 40, baselineYear: null },
      }),
    );
    expect(e.message).toContain('direction "up" must be "higher" or "lower"');
    expect(e.message).toContain("target_year 2300 is outside 1990-2100");
    expect(e.message).toContain("baseline_value and baseline_year go together");
  });

  it("refuses a 'higher is better' target below its baseline", async () => {
    const e = await failure(
      client.call("gap.targets.upsert", { target: { ...userTarget, baselineValue: 90, baselineYear: 2020 } }),
    );
    expect(e.message).toContain("target_value 80 must be above baseline_value 90 when higher is better");
  });

  it("keeps bundled targets read-only", async () => {
    const edit = await failure(
      client.call("gap.targets.upsert", { target: { ...userTarget, targetId: "T03" } }),
    );
    expect(edit.message).toContain("T03 is bundled");
    const del = await failure(client.call("gap.targets.delete", { targetId: "T09" }));
    expect(del.message).toContain("T09 is bundled");
  });
});

describe("roadmap actions", () => {
  it("creates, lists, changes and deletes actions; deleting a target unlinks it", async () => {
    const { target } = await client.call("gap.targets.upsert", {
      target: { ...userTarget, targetValue: 75 },
    });
    const created = await client.call("gap.actions.upsert", {
      action: {
        title: "Public Wi-Fi in district centres",
        owner: "Osh oblast ICT department",
        start: "2026-03-01",
        end: "2027-06-30",
        targetIds: ["T09", target.targetId],
        status: "planned",
      },
    });
    expect(created.action).toMatchObject({ actionId: "A01", start: "2026-03-01", end: "2027-06-30" });
    const updated = await client.call("gap.actions.upsert", {
      action: { ...created.action, status: "in_progress", owner: "" },
    });
    expect(updated.action).toMatchObject({ actionId: "A01", status: "in_progress", owner: null });
    expect((await client.call("gap.actions.list", {})).actions).toHaveLength(1);

    expect(await client.call("gap.targets.delete", { targetId: target.targetId })).toEqual({
      deleted: true,
      unlinkedActions: 1,
    });
    expect((await client.call("gap.actions.list", {})).actions[0]?.targetIds).toEqual(["T09"]);

    expect(await client.call("gap.actions.delete", { actionId: "A01" })).toEqual({ deleted: true });
    expect(await client.call("gap.actions.delete", { actionId: "A01" })).toEqual({ deleted: false });
    expect((await client.call("gap.actions.list", {})).actions).toEqual([]);
  });

  it("refuses impossible dates, an end before the start, an unknown status and unknown targets", async () => {
    const e = await failure(
      client.call("gap.actions.upsert", {
        action: {
          title: " ",
          owner: null,
          start: "2026-02-30",
          end: "2025-01-01",
          targetIds: ["T99"],
          status: "someday",
        },
      }),
    );
    expect(e.code).toBe("invalid_params");
    expect(e.message).toContain("title is empty");
    expect(e.message).toContain('start "2026-02-30" is not a date written YYYY-MM-DD');
    expect(e.message).toContain('status "someday" must be one of planned, in_progress, done, delayed');
    expect(e.message).toContain("target_ids T99 not in table targets");
    const order = await failure(
      client.call("gap.actions.upsert", {
        action: {
          title: "x",
          owner: null,
          start: "2026-05-01",
          end: "2026-04-30",
          targetIds: [],
          status: "planned",
        },
      }),
    );
    expect(order.message).toContain("end 2026-04-30 is before start 2026-05-01");
  });
});
