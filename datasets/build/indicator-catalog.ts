import type { Direction } from "./bundled-rows.ts";

/**
 * Hand-written indicator dictionary. Names in the NSC SDG file (English and Russian) are the
 * source's own and are filled in by the NSC mapping unless `name_en` / `name_ru` is given
 * here; other Russian and Kyrgyz names are labels written for this project (left empty where
 * unsure). Directions, value ranges and Taza Koom links are editorial: they drive the data
 * check and the gap analysis, they are not statistics.
 */
export interface IndicatorSpec {
  id: string;
  name_en?: string;
  name_ru?: string;
  name_ky?: string;
  /** Unit of `observations.value` for this indicator. */
  unit?: string;
  /** Printed unit -> power of ten to reach `unit` (e.g. "thousand persons": 3). */
  printedUnits?: Record<string, number>;
  definition: string;
  direction: Direction | null;
  taza_koom_ref?: string;
  topic: string;
  sdg_code?: string;
  series_code?: string;
  additive?: boolean;
  value_min?: number;
  value_max?: number;
}

const PCT = { value_min: 0, value_max: 100 } as const;
const HH_SURVEY =
  "Source survey: NSC Integrated Household Budget and Labour Force Sample Survey (IHBLFSS); regional values are sample estimates and move from year to year.";
const MICS = "Source survey: Multiple Indicator Cluster Survey (MICS) 2014/2018/2023.";
const OLD_OBLAST =
  "Osh oblast values before 2013 probably include Osh city (stated by the source for some series).";

/** Indicators published in nsc_sdg_regional.csv (NSC Open SDG KG data repository). */
export const NSC_INDICATORS: IndicatorSpec[] = [
  {
    id: "internet_users_pct_age15plus",
    name_en: "Internet users aged 15+ (used in the last 3 months), % (NSC survey)",
    name_ru: "Доля лиц в возрасте 15 лет и старше, пользовавшихся Интернетом за последние 3 месяца, %",
    name_ky: "Интернетти колдонгондордун үлүшү (15 жаш жана андан улуу калк), %",
    definition: `Share of persons aged 15+ who used the Internet from any location and on any device in the last 3 months (SDG 17.8.1, NSC series IT_USE_II99). Age 15+ only: not comparable with the ITU all-ages series internet_users_pct_itu. ${HH_SURVEY}`,
    direction: "higher",
    taza_koom_ref: "T1.1",
    topic: "ict_access",
    ...PCT,
  },
  {
    id: "mobile_phone_ownership_pct_age15plus",
    name_en: "Persons aged 15+ who own a mobile phone, % (NSC survey)",
    name_ru: "Доля лиц в возрасте 15 лет и старше, имеющих мобильный телефон, %",
    name_ky: "Мобилдик телефону бар адамдардын үлүшү (15 жаш жана андан улуу калк), %",
    definition: `Share of persons aged 15+ who own a mobile phone with at least one active SIM card for personal use (employer-provided phones count) (SDG 5.b.1, IT_MOB_OWN). ${HH_SURVEY}`,
    direction: "higher",
    taza_koom_ref: "T1.1",
    topic: "ict_access",
    ...PCT,
  },
  {
    id: "account_ownership_pct_age15plus",
    definition: `Share of persons aged 15+ with an account at a bank or other financial institution, or personal use of a mobile-money service, in the last 12 months (SDG 8.10.2, FB_BNK_ACCSS). ${HH_SURVEY}`,
    direction: "higher",
    taza_koom_ref: "T3.3",
    topic: "digital_finance",
    ...PCT,
  },
  {
    id: "electricity_access_reliable_pct",
    name_en: "Population with grid electricity and stable supply, % (NSC reliability-based definition)",
    name_ru:
      "Доля населения, подключённого к электросети со стабильным электроснабжением, % (определение НСК)",
    definition: `Share of population in households connected to the grid AND with stable supply (never cut, or only a few times a year): a reliability-based NSC definition, hence about 70-77 % nationally rather than about 100 % (SDG 7.1.1, EG_ACS_ELEC). ${HH_SURVEY}`,
    direction: "higher",
    taza_koom_ref: "P6",
    topic: "infrastructure",
    ...PCT,
  },
  {
    id: "public_transport_access_pct",
    definition: `Share of population with an officially recognised public-transport stop within 0.5 km (SDG 11.2.1, SP_TRN_PUBL). ${HH_SURVEY}`,
    direction: "higher",
    topic: "infrastructure",
    ...PCT,
  },
  {
    id: "government_performance_index",
    definition:
      "NSC index of assessment of the performance of central and local government bodies, a component of the Public Confidence Index: share of positive minus share of negative answers (strong answers weighted +/-1, moderate +/-0.5), range -100..+100; survey of citizens aged 18-75, about 400 per oblast/city, stated sampling error +/-5-7 % (national indicator 16.6.2.1).",
    direction: "higher",
    topic: "governance",
    value_min: -100,
    value_max: 100,
  },
  {
    id: "corruption_perception_index",
    definition:
      "NSC index of personal perception of corruption in central executive and local self-government bodies, a component of the Public Confidence Index: positive minus negative answers, range -100..+100 (national indicator 16.5.1.1). Direction 'higher' assumes positive answers are the favourable ones (less corruption perceived), as for the other Public Confidence Index components.",
    direction: "higher",
    topic: "governance",
    value_min: -100,
    value_max: 100,
  },
  {
    id: "birth_registration_under5_pct",
    definition: `Share of children under 5 whose birth is registered with a civil authority (SDG 16.9.1, SG_REG_BRTH). ${MICS}`,
    direction: "higher",
    topic: "governance",
    ...PCT,
  },
  {
    id: "fixed_broadband_subscriptions",
    definition:
      "Number of fixed broadband subscriptions by speed tier, absolute count (SDG 17.6.1, IT_NET_BBNDN, reported by SCITC). The SDG metadata say 'per 100 inhabitants' but the published values are counts. No all-speeds total is published; the tiers are in `breakdown`.",
    direction: "higher",
    taza_koom_ref: "T1.1",
    topic: "ict_access",
    additive: true,
    value_min: 0,
  },
  {
    id: "e_government_development_index_egdi",
    definition:
      "UN DESA E-Government Development Index value, 0 to 1 (national SDG indicator 17.6.1.a, as published by the NSC).",
    direction: "higher",
    taza_koom_ref: "T3.1",
    topic: "e_government",
    value_min: 0,
    value_max: 1,
  },
  {
    id: "adolescent_birth_rate",
    definition:
      "Births to women aged 15-19 per 1,000 women aged 15-19, from civil registration (SDG 3.7.2, SP_DYN_ADKL).",
    direction: "lower",
    topic: "demography",
    value_min: 0,
  },
  {
    id: "reading_proficiency_pct",
    definition: `Share of children aged 7-14 who completed three foundational reading tasks (national indicator 4.1.1). ${MICS}`,
    direction: "higher",
    topic: "education",
    ...PCT,
  },
  {
    id: "numeracy_proficiency_pct",
    definition: `Share of children aged 7-14 who completed three foundational numeracy tasks (national indicator 4.1.1). ${MICS}`,
    direction: "higher",
    topic: "education",
    ...PCT,
  },
  {
    id: "completion_rate_primary_pct",
    definition: `Completion rate, primary education (SDG 4.1.2, Open SDG CSV input). ${MICS}`,
    direction: "higher",
    topic: "education",
    ...PCT,
  },
  {
    id: "completion_rate_lower_secondary_pct",
    definition: `Completion rate, lower secondary education (SDG 4.1.2). ${MICS}`,
    direction: "higher",
    topic: "education",
    ...PCT,
  },
  {
    id: "completion_rate_upper_secondary_pct",
    definition: `Completion rate, upper secondary education (SDG 4.1.2). ${MICS}`,
    direction: "higher",
    topic: "education",
    ...PCT,
  },
  {
    id: "primary_completion_rate_admin_pct",
    definition:
      "Administrative primary completion rate: survival rate x graduation rate from school form OSH-1 (national indicator 4.1.2.a). Can exceed 100 (Bishkek 104-110, Osh city 117.51 in 2017); values above 150 indicate a lost decimal point (several 2024 cells are flagged SUSPECT in the note).",
    direction: "higher",
    topic: "education",
    value_min: 0,
    value_max: 150,
  },
  {
    id: "early_childhood_development_on_track_pct",
    definition: `Share of children aged 36-59 months developmentally on track in at least three of four domains (SDG 4.2.1, SE_DEV_ONTRK). ${MICS}`,
    direction: "higher",
    topic: "education",
    ...PCT,
  },
  {
    id: "preschool_coverage_pct",
    definition:
      "Children in pre-school institutions as a share of children aged 1-6 from demographic statistics (national indicator 4.2.2.1). For Bishkek and Osh city the source has only rows coded urban (the city total): filter on location = 'urban' for them.",
    direction: "higher",
    topic: "education",
    ...PCT,
  },
  {
    id: "ict_skills_pct_women_15_24",
    name_en: "Women aged 15-24 with ICT skills, %",
    name_ru: "Доля женщин в возрасте 15-24 лет, обладающих навыками в области ИКТ, %",
    name_ky: "МКТ көндүмдөрү бар 15-24 жаштагы аялдардын үлүшү, %",
    unit: "% of women in the age group",
    printedUnits: { "% of women in the group": 0 },
    definition: `Share of women aged 15-24 who carried out a computer-related activity in the last 3 months; breakdown 'total' = any of the nine ITU activities, other breakdowns = one activity (SDG 4.4.1, SE_ADT_ACTS). Self-reported activity, not a tested skill; women only. ${MICS}`,
    direction: "higher",
    taza_koom_ref: "T2.3",
    topic: "digital_skills",
    ...PCT,
  },
  {
    id: "ict_skills_pct_women_15_49",
    name_en: "Women aged 15-49 with ICT skills, %",
    name_ru: "Доля женщин в возрасте 15-49 лет, обладающих навыками в области ИКТ, %",
    name_ky: "МКТ көндүмдөрү бар 15-49 жаштагы аялдардын үлүшү, %",
    unit: "% of women in the age group",
    printedUnits: { "% of women in the group": 0 },
    definition: `Share of women aged 15-49 who carried out a computer-related activity in the last 3 months; breakdown 'total' = any of the nine ITU activities, other breakdowns = one activity (SDG 4.4.1, SE_ADT_ACTS). Regional values exist for 2018 only (NSC Excel table). Self-reported, women only. ${MICS}`,
    direction: "higher",
    taza_koom_ref: "T2.3",
    topic: "digital_skills",
    ...PCT,
  },
  {
    id: "ict_students",
    definition:
      "Number of students enrolled in ICT programmes by education level (breakdown) and sex (national indicator 4.4.1.1). No all-levels total is published.",
    direction: "higher",
    taza_koom_ref: "T2.3",
    topic: "digital_skills",
    additive: true,
    value_min: 0,
  },
  {
    id: "grp_per_capita",
    definition:
      "Gross regional product per capita, nominal GRP / resident population, thousand soms at current prices (national indicator 8.1.1.2; the DSD label says GDP, the metadata say GRP).",
    direction: "higher",
    topic: "economy",
    value_min: 0,
  },
  {
    id: "informal_sector_employment",
    definition:
      "Persons employed in the informal sector including agriculture, thousand persons (national indicator 8.3.1.1; the metadata define a share but the data are counts). The age group printed '60-69' in the NSC table is coded 65-69 in the XML.",
    direction: "lower",
    topic: "labour",
    additive: true,
    value_min: 0,
  },
  {
    id: "unemployment_rate_pct",
    definition: `Unemployment rate, % of labour force, ILO definitions (SDG 8.5.2, SL_TLF_UEM). ${HH_SURVEY} ${OLD_OBLAST}`,
    direction: "lower",
    topic: "labour",
    ...PCT,
  },
  {
    id: "manufacturing_employment_share_pct",
    definition: `Manufacturing employment as % of total employment (SDG 9.2.2, SL_TLF_MANF). ${OLD_OBLAST}`,
    direction: "higher",
    topic: "labour",
    ...PCT,
  },
  {
    id: "rd_expenditure_pct_gdp",
    definition: "Research and development expenditure as % of GDP (SDG 9.5.1).",
    direction: "higher",
    taza_koom_ref: "T4.1",
    topic: "innovation",
    ...PCT,
  },
  {
    id: "researchers_per_million",
    definition: "Researchers (full-time equivalent) per million inhabitants (SDG 9.5.2).",
    direction: "higher",
    taza_koom_ref: "T4.1",
    topic: "innovation",
    value_min: 0,
  },
  {
    id: "registered_ip_objects",
    definition:
      "Registered intellectual-property objects in science and technology by type (breakdown), including computer programs and databases (national indicator 9.5.2.1).",
    direction: "higher",
    taza_koom_ref: "T4.1",
    topic: "innovation",
    additive: true,
    value_min: 0,
  },
  {
    id: "mobile_network_coverage_2g_pct_population",
    definition:
      "Share of population covered by at least a 2G mobile network (SDG 9.c.1, data reporter MDD KR).",
    direction: "higher",
    taza_koom_ref: "T1.1",
    topic: "ict_infrastructure",
    ...PCT,
  },
  {
    id: "mobile_network_coverage_3g_pct_population",
    definition:
      "Share of population covered by at least a 3G mobile network (SDG 9.c.1, data reporter MDD KR).",
    direction: "higher",
    taza_koom_ref: "T1.1",
    topic: "ict_infrastructure",
    ...PCT,
  },
  {
    id: "mobile_network_coverage_4g_pct_population",
    definition:
      "Share of population covered by at least a 4G mobile network (SDG 9.c.1, data reporter MDD KR).",
    direction: "higher",
    taza_koom_ref: "T1.1",
    topic: "ict_infrastructure",
    ...PCT,
  },
  {
    id: "poverty_international_line_pct",
    definition: `Share of population below the international poverty line of USD 1.90/day (2011 PPP); essentially 0 % everywhere (SDG 1.1.1). ${HH_SURVEY} ${OLD_OBLAST}`,
    direction: "lower",
    topic: "poverty",
    ...PCT,
  },
  {
    id: "extreme_poverty_pct",
    definition: `Share of population below the national extreme-poverty line (2,100 kcal food basket), consumption-based (national indicator 1.1.1.1). ${HH_SURVEY} ${OLD_OBLAST}`,
    direction: "lower",
    topic: "poverty",
    ...PCT,
  },
  {
    id: "poverty_national_line_pct",
    definition: `Share of population below the national poverty line, consumption-based (SDG 1.2.1). Osh city 2007-2012 placeholders (0) were not bundled. ${HH_SURVEY} ${OLD_OBLAST}`,
    direction: "lower",
    topic: "poverty",
    ...PCT,
  },
  {
    id: "multidimensional_poverty_pct",
    definition:
      "Alkire-Foster national multidimensional poverty headcount: 5 dimensions, 11 indicators, poor if deprived in at least one third (SDG 1.2.2).",
    direction: "lower",
    topic: "poverty",
    ...PCT,
  },
  {
    id: "below_half_median_income_pct",
    definition:
      "Share of population with consumption below 50 % of the national median (SDG 10.2.1). Regional and age-group rows come from the NSC Excel table because the XML block is misaligned; the Excel sex labels conflict (flagged in the note).",
    direction: "lower",
    topic: "poverty",
    ...PCT,
  },
  {
    id: "median_income_som_per_month",
    definition:
      "National median monthly per-capita income, soms (national indicator 10.2.1 companion series).",
    direction: "higher",
    topic: "poverty",
    value_min: 0,
  },
];

/** NSC series code (or, for the code-less 4.1.2 CSV, the English name) -> indicator id. */
export const NSC_SERIES_TO_INDICATOR: Record<string, string> = {
  IT_USE_II99: "internet_users_pct_age15plus",
  IT_MOB_OWN: "mobile_phone_ownership_pct_age15plus",
  FB_BNK_ACCSS: "account_ownership_pct_age15plus",
  EG_ACS_ELEC: "electricity_access_reliable_pct",
  SP_TRN_PUBL: "public_transport_access_pct",
  _L_KG_160602_1A: "government_performance_index",
  _L_KG_160501_1A: "corruption_perception_index",
  SG_REG_BRTH: "birth_registration_under5_pct",
  IT_NET_BBNDN: "fixed_broadband_subscriptions",
  _L_KG_170601_A: "e_government_development_index_egdi",
  SP_DYN_ADKL: "adolescent_birth_rate",
  _L_KG_040101_11: "reading_proficiency_pct",
  _L_KG_040101_12: "numeracy_proficiency_pct",
  "Completion rate, primary education": "completion_rate_primary_pct",
  "Completion rate, lower secondary education": "completion_rate_lower_secondary_pct",
  "Completion rate, upper secondary education": "completion_rate_upper_secondary_pct",
  _L_KG_040101_1B: "primary_completion_rate_admin_pct",
  SE_DEV_ONTRK: "early_childhood_development_on_track_pct",
  _L_KG_040202_1A: "preschool_coverage_pct",
  _L_KG_040401_1A: "ict_students",
  _L_KG_080101_2: "grp_per_capita",
  _L_KG_080301_1: "informal_sector_employment",
  SL_TLF_UEM: "unemployment_rate_pct",
  SL_TLF_MANF: "manufacturing_employment_share_pct",
  GB_XPD_RSDV: "rd_expenditure_pct_gdp",
  GB_POP_SCIERD: "researchers_per_million",
  _L_KG_090502_1: "registered_ip_objects",
  IT_MOB_2GNTWK: "mobile_network_coverage_2g_pct_population",
  IT_MOB_3GNTWK: "mobile_network_coverage_3g_pct_population",
  IT_MOB_4GNTWK: "mobile_network_coverage_4g_pct_population",
  SI_POV_DAY1: "poverty_international_line_pct",
  _L_KG_010101_1A: "extreme_poverty_pct",
  SI_POV_NAHC: "poverty_national_line_pct",
  SI_POV_NMPI: "multidimensional_poverty_pct",
  SI_POV_50MI: "below_half_median_income_pct",
  _L_KG_100201_1: "median_income_som_per_month",
};

/**
 * SDMX age code that is the whole population of an indicator (its 'total'): e.g. internet use
 * is defined for ages 15+, so the row coded Y_GE15 is the indicator's total, not a subgroup.
 */
export const NSC_UNIVERSE_AGE: Record<string, string> = {
  internet_users_pct_age15plus: "Y_GE15",
  mobile_phone_ownership_pct_age15plus: "Y_GE15",
  account_ownership_pct_age15plus: "Y_GE15",
  adolescent_birth_rate: "Y15T19",
  preschool_coverage_pct: "Y1T6",
  early_childhood_development_on_track_pct: "Y0T4",
  birth_registration_under5_pct: "Y0T4",
  ict_skills_pct_women_15_24: "Y15T24",
  ict_skills_pct_women_15_49: "Y15T49",
};

/** Indicators defined for one sex only: that sex is their 'total'. */
export const NSC_UNIVERSE_SEX: Record<string, "female"> = {
  adolescent_birth_rate: "female",
  ict_skills_pct_women_15_24: "female",
  ict_skills_pct_women_15_49: "female",
};
