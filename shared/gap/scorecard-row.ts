import type {
  AssessmentFlag,
  DetailsByMethod,
  Direction,
  GrowthKind,
  MethodId,
  StatusByMethod,
} from "./gap-types.ts";

/** What the scorecard is asked for. An omitted filter means "all"; an empty list selects nothing. */
export interface ScorecardRequest {
  readonly targetIds?: readonly string[];
  /** Framework nodes (goals, tasks, ...); their descendants in table framework are included. */
  readonly frameworkIds?: readonly string[];
  readonly programme?: string;
  readonly unitIds: readonly string[];
  readonly method: MethodId;
  /** Ignore observations after this year. */
  readonly asOfYear?: number;
}

/** A problem in the input tables, with where it is. */
export interface ScorecardIssue {
  readonly table: "targets" | "indicators" | "units";
  /** The row's key: target_id, indicator_id or unit_id. */
  readonly key: string;
  readonly column: string;
  readonly message: string;
}

interface ScorecardRowCommon {
  readonly unitId: string;
  readonly unitName: string | null;
  readonly targetId: string;
  readonly programme: string | null;
  readonly frameworkId: string | null;
  /** null when the target is not linked to an indicator. */
  readonly indicatorId: string | null;
  readonly indicatorName: string | null;
  /** The indicator's unit of measure (e.g. "% of population aged 15+"). */
  readonly indicatorUnit: string | null;
  readonly direction: Direction | null;
  readonly latestValue: number | null;
  readonly latestYear: number | null;
  readonly baselineValue: number | null;
  readonly baselineYear: number | null;
  readonly targetValue: number | null;
  readonly targetYear: number | null;
  /** targetValue - latestValue, in the indicator's unit. */
  readonly gap: number | null;
  /** (latest - baseline) / (target - baseline). */
  readonly progress: number | null;
  readonly growthKind: GrowthKind;
  readonly observedGrowth: number | null;
  readonly requiredGrowth: number | null;
  readonly projectedValue: number | null;
  readonly projectedYear: number | null;
  readonly pointsUsed: number;
  readonly flags: readonly AssessmentFlag[];
  /** Target's, indicator's and the used observations' source_id values. */
  readonly sourceIds: readonly string[];
  readonly issues: readonly ScorecardIssue[];
}

export type ScorecardRowOf<M extends MethodId> = ScorecardRowCommon & {
  readonly method: M;
  readonly status: StatusByMethod[M];
  readonly details: DetailsByMethod[M];
};

/** One unit against one target; narrow on `method` to get the method's status type. */
export type ScorecardRow = { [M in MethodId]: ScorecardRowOf<M> }[MethodId];
