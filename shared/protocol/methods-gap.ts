import { z } from "zod";
import type { AssessmentFlag, EscapStatus, EurostatStatus, GermanStatus } from "../gap/gap-types.ts";
import { ESCAP_CURRENT_STATUS_DOCS, FLAG_DOCS, METHOD_DOCS } from "../gap/method-docs.ts";

/** The keys of a docs table as a zod enum: the docs' types guarantee every status/flag is listed. */
function keysEnum<K extends string>(docs: Readonly<Record<K, unknown>>) {
  return z.enum(Object.keys(docs) as [K, ...K[]]);
}

export const MethodIdSchema = z.enum(["eurostat", "escap", "german"]);
const DirectionSchema = z.enum(["higher", "lower"]);
export const FlagSchema = keysEnum<AssessmentFlag>(FLAG_DOCS);
const Num = z.number().nullable();
const Year = z.number().int().nullable();
const Id = z.string().min(1).max(200);
const Ids = z.array(Id).max(10_000);

const SourceSchema = z.object({
  sourceId: z.string(),
  publisher: z.string().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  retrieved: z.string().nullable(),
  licence: z.string().nullable(),
  note: z.string().nullable(),
});

/** A row of table targets (bundled or the user's) with its indicator's name and unit. */
export const GapTargetInfoSchema = z.object({
  targetId: z.string(),
  programme: z.string().nullable(),
  frameworkId: z.string().nullable(),
  indicatorId: z.string().nullable(),
  indicatorName: z.string().nullable(),
  indicatorUnit: z.string().nullable(),
  /** unit_id the target was set for; "kg" = national. */
  unitScope: z.string().nullable(),
  baselineValue: Num,
  baselineYear: Year,
  targetValue: Num,
  targetYear: Year,
  direction: z.string().nullable(),
  sourceId: z.string().nullable(),
  /** Entered in this workspace (editable), not bundled with the app. */
  isUser: z.boolean(),
  targetText: z.string().nullable(),
  /** The target's unit of measure as the programme states it. */
  unit: z.string().nullable(),
  note: z.string().nullable(),
});
export type GapTargetInfo = z.infer<typeof GapTargetInfoSchema>;

const FrameworkNodeSchema = z.object({
  frameworkId: z.string(),
  kind: z.string().nullable(),
  parentId: z.string().nullable(),
  number: z.string().nullable(),
  name: z.string().nullable(),
});
export type FrameworkNode = z.infer<typeof FrameworkNodeSchema>;

const GapUnitSchema = z.object({
  unitId: z.string(),
  name: z.string().nullable(),
  unitType: z.string().nullable(),
  parentId: z.string().nullable(),
});
export type GapUnit = z.infer<typeof GapUnitSchema>;

const GapIndicatorSchema = z.object({
  indicatorId: z.string(),
  name: z.string().nullable(),
  unit: z.string().nullable(),
  direction: z.string().nullable(),
  /** The valid range (0-100 for shares); null when open. Projections stop at it. */
  valueMin: Num,
  valueMax: Num,
});
export type GapIndicator = z.infer<typeof GapIndicatorSchema>;

const CategoryDocSchema = z.object({ id: z.string(), label: z.string(), rule: z.string() });
export type CategoryDocWire = z.infer<typeof CategoryDocSchema>;

/** shared/gap/method-docs.ts METHOD_DOCS, with the categories as a list (best first). */
export const MethodDocWireSchema = z.object({
  id: MethodIdSchema,
  name: z.string(),
  question: z.string(),
  formula: z.array(z.string()),
  categories: z.array(CategoryDocSchema),
  lowerIsBetter: z.string(),
  minimumData: z.string(),
  workbenchChoices: z.array(z.string()),
  sources: z.array(z.object({ publisher: z.string(), title: z.string(), url: z.string() })),
});
export type MethodDocWire = z.infer<typeof MethodDocWireSchema>;

const IssueSchema = z.object({
  table: z.enum(["targets", "indicators", "units"]),
  key: z.string(),
  column: z.string(),
  message: z.string(),
});

/** shared/gap/scorecard-row.ts ScorecardRow on the wire, plus where each figure comes from. */
const rowCommon = {
  unitId: z.string(),
  unitName: z.string().nullable(),
  targetId: z.string(),
  programme: z.string().nullable(),
  frameworkId: z.string().nullable(),
  indicatorId: z.string().nullable(),
  indicatorName: z.string().nullable(),
  indicatorUnit: z.string().nullable(),
  direction: DirectionSchema.nullable(),
  latestValue: Num,
  latestYear: Year,
  baselineValue: Num,
  baselineYear: Year,
  targetValue: Num,
  targetYear: Year,
  gap: Num,
  progress: Num,
  growthKind: z.enum(["compound_rate", "annual_change"]),
  observedGrowth: Num,
  requiredGrowth: Num,
  projectedValue: Num,
  projectedYear: Year,
  pointsUsed: z.number().int(),
  flags: z.array(FlagSchema),
  sourceIds: z.array(z.string()),
  issues: z.array(IssueSchema),
  isUserTarget: z.boolean(),
  /** source_id of the rows each figure was read from (the user's targets have none). */
  figureSources: z.object({
    latest: z.array(z.string()),
    baseline: z.array(z.string()),
    target: z.array(z.string()),
  }),
};
export const ScorecardRowWireSchema = z.discriminatedUnion("method", [
  z.object({
    ...rowCommon,
    method: z.literal("eurostat"),
    status: keysEnum<EurostatStatus>(METHOD_DOCS.eurostat.categories),
    details: z.object({ ratio: Num }),
  }),
  z.object({
    ...rowCommon,
    method: z.literal("escap"),
    status: keysEnum<EscapStatus>(METHOD_DOCS.escap.categories),
    details: z.object({
      currentStatus: z
        .object({
          progress: z.number(),
          index: z.number(),
          expectedProgress: z.number(),
          category: keysEnum(ESCAP_CURRENT_STATUS_DOCS),
        })
        .nullable(),
      anticipatedProgress: Num,
      anticipatedGap: Num,
    }),
  }),
  z.object({
    ...rowCommon,
    method: z.literal("german"),
    status: keysEnum<GermanStatus>(METHOD_DOCS.german.categories),
    details: z.object({ deviation: Num, windowStartYear: Year }),
  }),
]);
export type ScorecardRowWire = z.infer<typeof ScorecardRowWireSchema>;

const ObservationPointSchema = z.object({
  unitId: z.string(),
  year: z.number().int(),
  value: z.number(),
  sourceId: z.string().nullable(),
});
export type ObservationPoint = z.infer<typeof ObservationPointSchema>;

/** What the user types for a target of their own; checked by the engine, which says what is wrong. */
export const UserTargetInputSchema = z
  .object({
    /** Omitted for a new target (the engine gives it an id "U01", "U02", ...). */
    targetId: Id.optional(),
    programme: z.string().max(500).nullable(),
    frameworkId: z.string().max(200).nullable(),
    indicatorId: z.string().max(200).nullable(),
    unitScope: z.string().max(200),
    baselineValue: Num,
    /** Whole years; checked by the engine so that the message names the column. */
    baselineYear: Num,
    targetValue: Num,
    targetYear: Num,
    direction: z.string().max(50),
    targetText: z.string().max(2000).nullable(),
    unit: z.string().max(200).nullable(),
    note: z.string().max(4000).nullable(),
  })
  .strict();
export type UserTargetInput = z.infer<typeof UserTargetInputSchema>;

export const ACTION_STATUSES = ["planned", "in_progress", "done", "delayed"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** One action of the roadmap (table workbench_meta.roadmap_actions); dates as YYYY-MM-DD. */
export const RoadmapActionSchema = z.object({
  actionId: z.string(),
  title: z.string(),
  owner: z.string().nullable(),
  start: z.string(),
  end: z.string(),
  targetIds: z.array(z.string()),
  status: z.enum(ACTION_STATUSES),
});
export type RoadmapAction = z.infer<typeof RoadmapActionSchema>;

export const RoadmapActionInputSchema = z
  .object({
    actionId: Id.optional(),
    title: z.string().max(500),
    owner: z.string().max(500).nullable(),
    start: z.string().max(40),
    end: z.string().max(40),
    targetIds: Ids,
    status: z.string().max(50),
  })
  .strict();
export type RoadmapActionInput = z.infer<typeof RoadmapActionInputSchema>;

/** Gap analysis: targets, scorecards, series for trajectories and scenarios, user targets, roadmap actions. */
export const gapMethods = {
  /** Everything the gap cell offers to pick from, and the methods' documentation. */
  "gap.options": {
    params: z.object({}).strict(),
    result: z.object({
      targets: z.array(GapTargetInfoSchema),
      framework: z.array(FrameworkNodeSchema),
      units: z.array(GapUnitSchema),
      indicators: z.array(GapIndicatorSchema),
      methods: z.array(MethodDocWireSchema),
      flags: z.array(CategoryDocSchema),
    }),
  },
  /** Where each unit stands against each selected target (computeScorecard), with the sources behind it. */
  "gap.scorecard": {
    params: z
      .object({
        targetIds: Ids.optional(),
        frameworkIds: Ids.optional(),
        programme: z.string().min(1).max(500).optional(),
        unitIds: Ids,
        method: MethodIdSchema,
        asOfYear: z.number().int().min(1900).max(2200).optional(),
      })
      .strict(),
    result: z.object({
      method: MethodIdSchema,
      rows: z.array(ScorecardRowWireSchema),
      /** Every source a row names, looked up in table sources. */
      sources: z.array(SourceSchema),
    }),
  },
  /** Headline observations (every breakdown 'total') of one indicator for some units, oldest first. */
  "gap.series": {
    params: z
      .object({
        indicatorId: Id,
        unitIds: Ids,
        asOfYear: z.number().int().min(1900).max(2200).optional(),
      })
      .strict(),
    result: z.object({ indicator: GapIndicatorSchema, points: z.array(ObservationPointSchema) }),
  },
  /** Adds or changes a target of the user's; bundled targets are read-only. */
  "gap.targets.upsert": {
    params: z.object({ target: UserTargetInputSchema }).strict(),
    result: z.object({ target: GapTargetInfoSchema }),
  },
  /** Deletes a user target and unlinks it from roadmap actions. */
  "gap.targets.delete": {
    params: z.object({ targetId: Id }).strict(),
    result: z.object({ deleted: z.boolean(), unlinkedActions: z.number().int() }),
  },
  "gap.actions.list": {
    params: z.object({}).strict(),
    result: z.object({ actions: z.array(RoadmapActionSchema) }),
  },
  "gap.actions.upsert": {
    params: z.object({ action: RoadmapActionInputSchema }).strict(),
    result: z.object({ action: RoadmapActionSchema }),
  },
  "gap.actions.delete": {
    params: z.object({ actionId: Id }).strict(),
    result: z.object({ deleted: z.boolean() }),
  },
} as const;
