import type { ValueQualifier } from "./printed-value.ts";

/** Row shapes of the bundled tables, in the column order of electron/engine/datasets/bundled-schema.ts. */

export type UnitType = "country" | "oblast" | "city" | "district" | "town";
export type Direction = "higher" | "lower";

export interface UnitRow {
  unit_id: string;
  name_en: string;
  name_ru: string | null;
  name_ky: string | null;
  unit_type: UnitType;
  parent_id: string | null;
  lat: number | null;
  lon: number | null;
  area_km2: number | null;
  source_id: string;
  admin_center: string | null;
  nsc_ref_area: string | null;
  note: string | null;
}

export interface IndicatorRow {
  indicator_id: string;
  name_en: string;
  name_ru: string | null;
  name_ky: string | null;
  unit: string;
  definition: string;
  direction: Direction | null;
  taza_koom_ref: string | null;
  source_id: string | null;
  topic: string;
  sdg_code: string | null;
  series_code: string | null;
  additive: boolean;
  value_min: number | null;
  value_max: number | null;
}

export interface ObservationRow {
  unit_id: string;
  indicator_id: string;
  year: number | null;
  value: number;
  source_id: string;
  note: string | null;
  sex: "total" | "male" | "female";
  location: "total" | "urban" | "rural";
  age: string;
  breakdown: string;
  value_qualifier: ValueQualifier | null;
  value_as_printed: string;
  unit_as_printed: string;
  compiled_from: string;
}

export interface FrameworkRow {
  framework_id: string;
  kind: "goal" | "task" | "subtask" | "principle";
  parent_id: string | null;
  number: string;
  name_en: string;
  name_ru: string;
  name_ky: string;
  description_en: string;
  source_id: string;
}

export interface TargetRow {
  target_id: string;
  programme: string;
  framework_id: string | null;
  indicator_id: string | null;
  unit_scope: string;
  baseline_value: number | null;
  baseline_year: number | null;
  target_value: number | null;
  target_year: number | null;
  direction: Direction;
  source_id: string;
  is_user: boolean;
  note: string;
  goal_or_task: string;
  target_text: string;
  unit: string;
  framework_link_basis: "source" | "editorial" | null;
  compiled_from: string;
}

/** Disaggregation defaults: a row that is not broken down by a dimension says 'total' there. */
export const TOTAL = "total";
