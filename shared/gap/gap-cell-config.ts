import { z } from "zod";
import type { ParamsOf } from "../protocol/methods.ts";
import { MethodIdSchema } from "../protocol/methods-gap.ts";

const Id = z.string().min(1).max(200);

/** Which targets the cell scores: all, those under framework nodes, one programme, or a list. */
export const TargetSelectionSchema = z.discriminatedUnion("by", [
  z.strictObject({ by: z.literal("all") }),
  z.strictObject({ by: z.literal("framework"), frameworkIds: z.array(Id).min(1) }),
  z.strictObject({ by: z.literal("programme"), programme: z.string().min(1) }),
  z.strictObject({ by: z.literal("targets"), targetIds: z.array(Id).min(1) }),
]);
export type TargetSelection = z.infer<typeof TargetSelectionSchema>;

export const SCENARIO_KINDS = ["baseline", "optimistic", "pessimistic", "custom"] as const;
export type ScenarioKind = (typeof SCENARIO_KINDS)[number];

/**
 * A what-if scenario: annual compound growth per indicator, in percent a year (5 = +5 %/yr).
 * The baseline scenario is the observed trend and stores no rates; the others store the rates
 * the user set, and fall back to defaults (scenario-model.ts) for indicators not set yet.
 */
export const ScenarioSchema = z.strictObject({
  id: z.string().min(1).max(60),
  name: z.string().min(1).max(100),
  kind: z.enum(SCENARIO_KINDS),
  rates: z.record(z.string(), z.number().min(-99).max(1000)),
});
export type Scenario = z.infer<typeof ScenarioSchema>;

/** What a gap cell stores in the notebook (options.config). */
export const GapCellConfigSchema = z.strictObject({
  targets: TargetSelectionSchema,
  unitIds: z.array(Id).min(1),
  method: MethodIdSchema,
  /** Assess as of this year (ignore later observations). */
  asOfYear: z.number().int().min(1990).max(2100).optional(),
  /** The target the bullet and trajectory charts show, and the unit of the trajectory. */
  focus: z.strictObject({ targetId: Id, unitId: Id.optional() }).optional(),
  scenarios: z.strictObject({ unitId: Id.optional(), list: z.array(ScenarioSchema).min(1) }).optional(),
});
export type GapCellConfig = z.infer<typeof GapCellConfigSchema>;

/** A new gap cell: every target, for Osh oblast, Osh city and the country, by Eurostat's method. */
export const DEFAULT_GAP_CONFIG: GapCellConfig = {
  targets: { by: "all" },
  unitIds: ["osh_oblast", "osh_city", "kg"],
  method: "eurostat",
};

export type ConfigParse = { ok: true; config: GapCellConfig } | { ok: false; message: string };

/** Reads a cell's stored config; null (a new cell) is the default, anything invalid says where. */
export function parseGapConfig(raw: unknown, cellName: string): ConfigParse {
  if (raw === null || raw === undefined) return { ok: true, config: DEFAULT_GAP_CONFIG };
  const r = GapCellConfigSchema.safeParse(raw);
  if (r.success) return { ok: true, config: r.data };
  const problems = r.error.issues.map((i) => `config.${i.path.join(".") || "(root)"}: ${i.message}`);
  return { ok: false, message: `Gap cell ${cellName}: ${problems.join("; ")}` };
}

/** The engine request for a config. */
export function scorecardRequest(config: GapCellConfig): ParamsOf<"gap.scorecard"> {
  const s = config.targets;
  return {
    unitIds: config.unitIds,
    method: config.method,
    ...(config.asOfYear === undefined ? {} : { asOfYear: config.asOfYear }),
    ...(s.by === "framework" ? { frameworkIds: s.frameworkIds } : {}),
    ...(s.by === "programme" ? { programme: s.programme } : {}),
    ...(s.by === "targets" ? { targetIds: s.targetIds } : {}),
  };
}
