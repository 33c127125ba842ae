import type {
  AssessmentFlag,
  EscapCurrentStatusCategory,
  GrowthKind,
  MethodId,
  StatusByMethod,
} from "./gap-types.ts";

/**
 * Help-panel texts for the gap-analysis methods. English only for now; every text sits under a
 * typed key (method, status, flag), so a translation supplies an object of the same shape and the
 * compiler tells it when a key is missing.
 */

export interface MethodSource {
  readonly publisher: string;
  readonly title: string;
  readonly url: string;
}

export interface CategoryDoc {
  readonly label: string;
  /** When the category applies, in plain words and numbers. */
  readonly rule: string;
}

export interface MethodDoc<M extends MethodId> {
  readonly id: M;
  readonly name: string;
  readonly question: string;
  /** Plain-text formula lines. */
  readonly formula: readonly string[];
  readonly categories: { readonly [S in StatusByMethod[M]]: CategoryDoc };
  /** How an indicator where lower is better is treated. */
  readonly lowerIsBetter: string;
  readonly minimumData: string;
  /** Where the workbench had to decide something the source leaves open; shown so users can judge. */
  readonly workbenchChoices: readonly string[];
  readonly sources: readonly MethodSource[];
}

const TARGET_MET: CategoryDoc = {
  label: "Target met",
  rule: "The latest value already reaches or passes the target in the desired direction (checked before the method's own categories).",
};
const INSUFFICIENT_DATA: CategoryDoc = {
  label: "Insufficient data",
  rule: "Fewer data points than the method needs (see minimum data).",
};
const NOT_ASSESSABLE: CategoryDoc = {
  label: "Not assessable",
  rule: "The method's formula is undefined for these values (for example a compound growth rate with a value of 0 or below), or the target lacks a value, a year or a direction.",
};

const EUROSTAT: MethodDoc<"eurostat"> = {
  id: "eurostat",
  name: "Eurostat: observed versus required growth",
  question: "Is the indicator growing fast enough to reach the target in time?",
  formula: [
    "observed CAGR = (latest / baseline) ^ (1 / (latest year - baseline year)) - 1",
    "required CAGR = (target / baseline) ^ (1 / (target year - baseline year)) - 1",
    "ratio = observed CAGR / required CAGR",
    "projected year = latest year + ln(target / latest) / ln(1 + observed CAGR), rounded up",
  ],
  categories: {
    target_met: TARGET_MET,
    significant_progress: { label: "Significant progress", rule: "ratio >= 0.95 (95 %)" },
    moderate_progress: { label: "Moderate progress", rule: "0.6 <= ratio < 0.95" },
    insufficient_progress: { label: "Insufficient progress", rule: "0 <= ratio < 0.6" },
    moving_away: {
      label: "Moving away from the target",
      rule: "ratio < 0; also when the baseline met the target and the latest value no longer does",
    },
    insufficient_data: INSUFFICIENT_DATA,
    not_assessable: NOT_ASSESSABLE,
  },
  lowerIsBetter:
    "No special handling is needed: a falling indicator heading for a lower target has a negative observed and a negative required rate, so their ratio is positive.",
  minimumData: "A baseline and a later observation (two points in time); all values above 0.",
  workbenchChoices: [
    "Eurostat assesses fixed 5-year and 15-year periods; here the period runs from the target's baseline (or the first observation) to the latest observation.",
    "The SQL macros gap_cagr, gap_required_cagr, gap_eurostat_class and gap_years_to_target compute the same numbers in notebook cells.",
  ],
  sources: [
    {
      publisher: "Eurostat",
      title:
        "Sustainable development in the European Union - Monitoring report on progress towards the SDGs in an EU context (methodological annex: indicators with quantitative targets)",
      url: "https://ec.europa.eu/eurostat/statistics-explained/index.php?title=SDG_-_Introduction",
    },
    {
      publisher: "Statistics Canada / Open SDG",
      title:
        "Progress Measurement Methodology for the Sustainable Development Goals (Eurostat-based, same 95 % / 60 % / 0 thresholds)",
      url: "https://github.com/open-sdg/open-sdg/blob/master/docs/progress-methodology.md",
    },
  ],
};

/** The weighting of ESCAP's trend (the weighted extrapolation of ESCAP Working Paper SD/WP/04). */
export const ESCAP_TIME_WEIGHTING =
  "weight = (target year - first year) / (target year - year): the first observation weighs 1, later ones more";

const ESCAP: MethodDoc<"escap"> = {
  id: "escap",
  name: "ESCAP: Current Status Index and Anticipated Progress Index",
  question:
    "Current Status Index: how much progress since the baseline? Anticipated Progress Index: how likely is the target to be met by the target year?",
  formula: [
    "d = +1 if higher is better, -1 if lower is better",
    "Current Status: progress = d * (latest - baseline) / |target - baseline|; index = 10 * progress (10 once the target is met)",
    "Current Status: expected by now = (latest year - baseline year) / (target year - baseline year)",
    `Anticipated Progress: fit value = a + b * year by weighted least squares over the observations, ${ESCAP_TIME_WEIGHTING} (for a target year already passed, the weights of the year after the latest observation)`,
    "Anticipated Progress: predicted = a + b * target year (the observed value when the target year is already in the data)",
    "Anticipated Progress: index = d * (predicted - baseline) / |target - baseline|; anticipated gap = 1 - index",
    "projected year = first whole year in which a + b * year reaches the target",
  ],
  categories: {
    target_met: TARGET_MET,
    maintain_progress: {
      label: "On track: maintain progress",
      rule: "The trend's value for the target year reaches the target (index >= 1).",
    },
    accelerate_progress: {
      label: "Progress, but acceleration needed",
      rule: "The trend moves towards the target but falls short by the target year (0 < index < 1).",
    },
    reverse_trend: {
      label: "Regression: reverse the trend",
      rule: "No progress, or a move away from the target, is anticipated (index <= 0).",
    },
    insufficient_data: INSUFFICIENT_DATA,
    not_assessable: NOT_ASSESSABLE,
  },
  lowerIsBetter:
    "The direction sign d turns a fall into progress for indicators where lower is better, in both indices.",
  minimumData: "Two or more observations in different years (ESCAP's own selection rule).",
  workbenchChoices: [
    `Weights: ESCAP's notes say that recent years weigh more; the workbench applies the time weights of ESCAP's weighted extrapolation method (SD/WP/04) as public implementations of the index apply them (e.g. UNICEF MENARO's SDG trend analysis), ${ESCAP_TIME_WEIGHTING}.`,
    "ESCAP measures from 2015 (or 2000) to 2030; here from the target's baseline year (or the first observation) to the target's year.",
    "The regression uses every observation up to the as-of year; the target's printed baseline is not added as a data point. The line is fitted on the indicator's own scale, as UNECE describes the method (a time-weighted linear regression); no logit transform of shares.",
    "Category thresholds follow the index's meaning: 1 = the target reached in its year, 0 = no progress since the baseline; no tolerance band is added around 1.",
    "Current Status categories: target met; on track = progress at or beyond the share of time elapsed (ESCAP's 'current year line'); behind = progress but short of that line; regressed = worse than the baseline.",
  ],
  sources: [
    {
      publisher: "UN ESCAP Statistics Division",
      title: "Progress Assessment Methodology (technical notes)",
      url: "https://data.unescap.org/resource-guides/progress-assessment-methodology",
    },
    {
      publisher: "UN ESCAP Statistics Division",
      title: "Technical notes: Current Status Index and Anticipated Progress Index",
      url: "https://data.unescap.org/dataviz/methodology/technical-notes.html",
    },
    {
      publisher: "UNECE",
      title:
        "Technical notes on the progress assessment (Anticipated Progress Index, time-weighted linear regression)",
      url: "https://w3.unece.org/sdg2023/technical-notes.html",
    },
    {
      publisher: "UN ESCAP Statistics Division",
      title:
        "Working Paper SD/WP/05, May 2017: Tracking progress towards the SDGs: measuring the otherwise ambiguous progress",
      url: "https://unescap.org/resources/working-paper-series-sdwp05may-2017-tracking-progress-towards-sdgs-measuring-otherwise",
    },
    {
      publisher: "UN ESCAP Statistics Division",
      title: "Working Paper SD/WP/04, March 2017: Weighted extrapolation method for measuring the SDGs",
      url: "https://www.unescap.org/resources/working-paper-series-sdwp04march-2017-weighted-extrapolation-method-measuring-sdgs",
    },
  ],
};

const GERMAN: MethodDoc<"german"> = {
  id: "german",
  name: "German Sustainable Development Strategy: trend weather symbols",
  question: "If the recent trend continues, by how much will the target be missed?",
  formula: [
    "window = the last 6 observations (at least the last 4)",
    "average annual change = (last - first value in window) / (last - first year in window)",
    "projected = latest + average annual change * (target year - latest year)",
    "deviation = d * (target - projected) / |target - latest|, d = +1 if higher is better, -1 if lower is better",
  ],
  categories: {
    target_met: TARGET_MET,
    sun: {
      label: "Sun",
      rule: "The projection meets the target, or misses it by less than 5 % of |target - latest|.",
    },
    slightly_cloudy: {
      label: "Slightly cloudy",
      rule: "The projection misses the target by at least 5 % and at most 20 % of |target - latest|.",
    },
    cloudy: {
      label: "Cloudy",
      rule: "The indicator moves the right way, but the projection misses the target by more than 20 % of |target - latest|.",
    },
    thunderstorm: {
      label: "Thunderstorm",
      rule: "The indicator does not move the right way: the distance to the target stays or grows.",
    },
    insufficient_data: INSUFFICIENT_DATA,
    not_assessable: NOT_ASSESSABLE,
  },
  lowerIsBetter: "The direction sign d makes a fall the right way for indicators where lower is better.",
  minimumData: "Four observations (the rule's minimum when six are not available).",
  workbenchChoices: [
    "The rule assumes yearly data; with gaps between years the average annual change is taken over the window's span of years.",
  ],
  sources: [
    {
      publisher: "Federal Statistical Office of Germany (Destatis)",
      title: "Indicator status - Methodology (German Sustainable Development Strategy)",
      url: "https://dns-indikatoren.de/en/status",
    },
  ],
};

export const METHOD_DOCS: { readonly [M in MethodId]: MethodDoc<M> } = {
  eurostat: EUROSTAT,
  escap: ESCAP,
  german: GERMAN,
};

export const ESCAP_CURRENT_STATUS_DOCS: { readonly [C in EscapCurrentStatusCategory]: CategoryDoc } = {
  target_met: TARGET_MET,
  on_track: {
    label: "On track",
    rule: "Progress reached or passed the share of the period already elapsed.",
  },
  behind: {
    label: "Behind",
    rule: "Progress since the baseline, but less than the share of the period elapsed.",
  },
  regressed: { label: "Regressed", rule: "The latest value is worse than the baseline." },
};

export const FLAG_DOCS: { readonly [F in AssessmentFlag]: CategoryDoc } = {
  national_target_on_subnational_unit: {
    label: "National target on a sub-national unit",
    rule: "The target was set for the Kyrgyz Republic as a whole; it is compared here with a region's, city's or district's own values, and the baseline comes from that unit's observations.",
  },
  target_already_met: { label: "Target already met", rule: "The latest value reaches or passes the target." },
  insufficient_data: { label: "Insufficient data", rule: "Too few observations for the method." },
  regressing: { label: "Regressing", rule: "The latest value is worse than the baseline." },
  baseline_from_observations: {
    label: "Baseline from observations",
    rule: "The target gives no usable baseline, so the observation in the baseline year (or the first one) is used.",
  },
  non_positive_values: {
    label: "Values of 0 or below",
    rule: "A compound growth rate cannot be computed from a value of 0 or below.",
  },
  duplicate_years_averaged: {
    label: "Several values in one year",
    rule: "Observations for the same year (for example from different sources) were averaged.",
  },
  target_year_passed: {
    label: "Target year passed",
    rule: "The target year is not after the latest observation.",
  },
  no_data: { label: "No data", rule: "There is no observation for this unit and indicator." },
  target_incomplete: {
    label: "Target incomplete",
    rule: "The target lacks a target value or a target year.",
  },
  no_indicator: {
    label: "No indicator",
    rule: "The target is not linked to an indicator, so there is no series to compare it with.",
  },
  direction_unknown: {
    label: "Direction unknown",
    rule: "Neither the target nor the indicator says whether higher or lower is better, and the target equals the baseline.",
  },
  direction_inferred: {
    label: "Direction inferred",
    rule: "Neither the target nor the indicator says whether higher or lower is better; it is taken from whether the target lies above or below the baseline.",
  },
};

export const GROWTH_KIND_DOCS: { readonly [G in GrowthKind]: CategoryDoc } = {
  compound_rate: { label: "Compound annual growth rate", rule: "0.05 means +5 % a year." },
  annual_change: { label: "Change per year", rule: "In the indicator's own unit." },
};
