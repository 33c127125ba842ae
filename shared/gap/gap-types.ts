/**
 * Types shared by the gap-analysis methods (engine and renderer alike).
 * Status and flag ids are stable keys: the English texts for them live in method-docs.ts,
 * so a translation only has to supply new texts for the same keys.
 */

/** Which way is better for an indicator. */
export type Direction = "higher" | "lower";

/** One observation of an indicator: a value in a (calendar) year. */
export interface SeriesPoint {
  readonly year: number;
  readonly value: number;
}

/** A quantified target as the methods need it. */
export interface GapTarget {
  readonly value: number;
  readonly year: number;
  readonly direction: Direction;
  /** Baseline printed with the target; null/absent when the programme gives none. */
  readonly baselineValue?: number | null;
  readonly baselineYear?: number | null;
  /** unit_id the target was set for; NATIONAL_UNIT_ID ("kg") for a national target. */
  readonly unitScope?: string | null;
}

export type MethodId = "eurostat" | "escap" | "german";

export type EurostatStatus =
  | "target_met"
  | "significant_progress"
  | "moderate_progress"
  | "insufficient_progress"
  | "moving_away"
  | "insufficient_data"
  | "not_assessable";

export type EscapStatus =
  | "target_met"
  | "maintain_progress"
  | "accelerate_progress"
  | "reverse_trend"
  | "insufficient_data"
  | "not_assessable";

/** The weather symbols of the German Sustainable Development Strategy. */
export type GermanWeather = "sun" | "slightly_cloudy" | "cloudy" | "thunderstorm";

export type GermanStatus = "target_met" | GermanWeather | "insufficient_data" | "not_assessable";

export interface StatusByMethod {
  readonly eurostat: EurostatStatus;
  readonly escap: EscapStatus;
  readonly german: GermanStatus;
}

export type GapStatus = StatusByMethod[MethodId];

export type AssessmentFlag =
  /** A national target ("kg") is compared with a district's or city's series. */
  | "national_target_on_subnational_unit"
  /** The latest value already meets the target. */
  | "target_already_met"
  /** Too few data points for the method. */
  | "insufficient_data"
  /** The latest value is worse than the baseline. */
  | "regressing"
  /** The target has no (usable) baseline; the first observation was used instead. */
  | "baseline_from_observations"
  /** A value <= 0 makes the compound growth rate undefined. */
  | "non_positive_values"
  /** Several observations for one year were averaged. */
  | "duplicate_years_averaged"
  /** The target year is not after the latest observation. */
  | "target_year_passed"
  /** No observation at all for this unit and indicator. */
  | "no_data"
  /** The target lacks a target value or a target year. */
  | "target_incomplete"
  /** The target is not linked to an indicator, so there is no series to compare. */
  | "no_indicator"
  /** Neither the target nor the indicator says whether higher or lower is better. */
  | "direction_unknown"
  /** Direction missing in the tables; taken from target versus baseline. */
  | "direction_inferred";

/** What observedGrowth/requiredGrowth measure. */
export type GrowthKind =
  /** Compound annual growth rate: 0.05 = +5 % a year. */
  | "compound_rate"
  /** Change in the indicator's own unit per year. */
  | "annual_change";

/** ESCAP Current Status Index for one indicator (how far since the baseline). */
export type EscapCurrentStatusCategory = "target_met" | "on_track" | "behind" | "regressed";

export interface EscapCurrentStatus {
  /** Share of the baseline-to-target distance covered, signed by direction (1 = target reached). */
  readonly progress: number;
  /** ESCAP's Current Status Index: 10 * progress, 10 once the target is met; below 0 = regression. */
  readonly index: number;
  /** Share of the baseline-to-target time elapsed by the current year (the "current year line"). */
  readonly expectedProgress: number;
  readonly category: EscapCurrentStatusCategory;
}

export interface EurostatDetails {
  /** observed / required compound growth rate. */
  readonly ratio: number | null;
}

export interface EscapDetails {
  readonly currentStatus: EscapCurrentStatus | null;
  /** Anticipated progress by the target year relative to the progress required (1 = on target). */
  readonly anticipatedProgress: number | null;
  /** 1 - anticipatedProgress: the anticipated gap relative to the required progress. */
  readonly anticipatedGap: number | null;
}

export interface GermanDetails {
  /** Shortfall of the projected value against the target, as a share of |target - current|. */
  readonly deviation: number | null;
  /** First year of the window of points the average annual change was taken over. */
  readonly windowStartYear: number | null;
}

export interface DetailsByMethod {
  readonly eurostat: EurostatDetails;
  readonly escap: EscapDetails;
  readonly german: GermanDetails;
}

/** Result of assessing one series against one target with one method. */
export interface GapAssessment<M extends MethodId = MethodId> {
  readonly method: M;
  readonly status: StatusByMethod[M];
  readonly direction: Direction;
  readonly baseline: SeriesPoint | null;
  readonly latest: SeriesPoint | null;
  readonly target: SeriesPoint;
  /** target - latest, in the indicator's unit (what still has to be added; negative = reduce). */
  readonly gap: number | null;
  /** (latest - baseline) / (target - baseline), as the gap_progress macro. */
  readonly progress: number | null;
  readonly growthKind: GrowthKind;
  readonly observedGrowth: number | null;
  readonly requiredGrowth: number | null;
  /** Value the method's trend gives for the target year (null when the target year has passed). */
  readonly projectedValue: number | null;
  /** First whole year in which the method's trend meets the target; null when it never does. */
  readonly projectedYear: number | null;
  /** Observations the method used. */
  readonly pointsUsed: number;
  readonly flags: readonly AssessmentFlag[];
  readonly details: DetailsByMethod[M];
}

/** Any assessment, narrowed by checking `method`. */
export type AnyGapAssessment = { [M in MethodId]: GapAssessment<M> }[MethodId];
