/**
 * MODELLING ASSUMPTIONS of the synthetic census (see ASSUMPTIONS.md next to this file).
 * None of these numbers is a statistic: they shape plausible microdata around the real
 * calibration figures (population per unit, Internet use and phone ownership per region).
 * Changing one changes the generated file, so GENERATOR_VERSION must change with it.
 */

export const GENERATOR_VERSION = "osh-census-synthetic-v1";

/** [first age, last age, weight]: a young population profile, weights in percent. */
export const AGE_BANDS: ReadonlyArray<readonly [number, number, number]> = [
  [0, 4, 11.5],
  [5, 9, 11.0],
  [10, 14, 10.0],
  [15, 19, 8.5],
  [20, 24, 8.0],
  [25, 29, 8.5],
  [30, 34, 8.0],
  [35, 39, 7.0],
  [40, 44, 6.0],
  [45, 49, 5.0],
  [50, 54, 4.5],
  [55, 59, 4.0],
  [60, 64, 3.3],
  [65, 69, 2.2],
  [70, 74, 1.2],
  [75, 79, 0.7],
  [80, 89, 0.6],
];

/** The first member of every household (its head) is at least this old. */
export const HEAD_MIN_AGE = 20;

/** Household size 1..8 -> weight in percent, rural and urban. */
export const HOUSEHOLD_SIZE = {
  rural: [3, 7, 10, 16, 20, 18, 14, 12],
  urban: [6, 12, 16, 22, 20, 12, 7, 5],
} as const;

export const FEMALE_SHARE = 0.5;

/** Probability that the household has a computer (desktop, laptop or tablet). */
export const COMPUTER_AT_HOME = { urban: 0.45, rural: 0.18 } as const;

export const EDUCATION_LEVELS = [
  "primary_or_less",
  "lower_secondary",
  "upper_secondary",
  "vocational",
  "tertiary",
] as const;

/** Highest level completed, weights in percent per age group (persons 15+; younger: not_applicable). */
export const EDUCATION_WEIGHTS: ReadonlyArray<{
  minAge: number;
  maxAge: number;
  urban: readonly number[];
  rural: readonly number[];
}> = [
  { minAge: 15, maxAge: 19, urban: [4, 50, 44, 2, 0], rural: [6, 56, 37, 1, 0] },
  { minAge: 20, maxAge: 64, urban: [2, 8, 38, 17, 35], rural: [4, 14, 52, 15, 15] },
  { minAge: 65, maxAge: 200, urban: [12, 18, 35, 15, 20], rural: [22, 22, 34, 12, 10] },
];

/** Employment status of persons 15+ by age group and sex: [employed, unemployed, inactive] in percent. */
export const EMPLOYMENT_WEIGHTS: ReadonlyArray<{
  minAge: number;
  maxAge: number;
  male: readonly [number, number, number];
  female: readonly [number, number, number];
}> = [
  { minAge: 15, maxAge: 19, male: [12, 4, 84], female: [6, 2, 92] },
  { minAge: 20, maxAge: 29, male: [64, 8, 28], female: [34, 5, 61] },
  { minAge: 30, maxAge: 57, male: [78, 5, 17], female: [50, 4, 46] },
  { minAge: 58, maxAge: 62, male: [62, 4, 34], female: [15, 1, 84] },
  { minAge: 63, maxAge: 200, male: [12, 0, 88], female: [7, 0, 93] },
];

/**
 * Relative propensity (log-odds) to use the Internet / own a mobile phone. Only the ranking
 * they induce matters: the share itself is set to the real regional figure.
 */
export const PROPENSITY = {
  internet: {
    age: [
      [15, 24, 1.5],
      [25, 34, 1.2],
      [35, 44, 0.8],
      [45, 54, 0.2],
      [55, 64, -0.6],
      [65, 200, -1.8],
    ],
    urban: 0.5,
    education: {
      primary_or_less: -0.8,
      lower_secondary: 0,
      upper_secondary: 0.3,
      vocational: 0.3,
      tertiary: 0.8,
    },
  },
  mobile: {
    age: [
      [15, 17, -0.8],
      [18, 24, 0.8],
      [25, 54, 0.9],
      [55, 64, 0.3],
      [65, 200, -0.9],
    ],
    urban: 0.3,
    education: {
      primary_or_less: -0.5,
      lower_secondary: 0,
      upper_secondary: 0.2,
      vocational: 0.2,
      tertiary: 0.4,
    },
  },
} as const;
