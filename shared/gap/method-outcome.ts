import type {
  AssessmentFlag,
  DetailsByMethod,
  Direction,
  GrowthKind,
  MethodId,
  SeriesPoint,
  StatusByMethod,
} from "./gap-types.ts";

/** What assessSeries hands every method: a cleaned series with at least one point. */
export interface MethodInput {
  readonly points: readonly SeriesPoint[];
  readonly baseline: SeriesPoint;
  readonly latest: SeriesPoint;
  readonly target: SeriesPoint;
  readonly direction: Direction;
}

/** What one method contributes to an assessment; the rules common to all are applied around it. */
export interface MethodOutcome<M extends MethodId> {
  readonly status: StatusByMethod[M];
  readonly growthKind: GrowthKind;
  readonly observedGrowth: number | null;
  readonly requiredGrowth: number | null;
  readonly projectedValue: number | null;
  readonly projectedYear: number | null;
  readonly pointsUsed: number;
  readonly details: DetailsByMethod[M];
  readonly flags: readonly AssessmentFlag[];
}
