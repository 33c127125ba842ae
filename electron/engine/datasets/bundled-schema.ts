/**
 * Column layout of the bundled tables. The build script writes the CSV files in exactly this
 * order and the loader reads them with exactly these types, so the two cannot drift apart.
 * The first columns of each table are the names other features code against; the rest are
 * additions that keep provenance (printed value, qualifier, origin file).
 */

export type DuckColumnType = "VARCHAR" | "DOUBLE" | "INTEGER" | "BOOLEAN";

export interface BundledColumn {
  name: string;
  type: DuckColumnType;
  /** Rendered into the CREATE TABLE statement (NOT NULL, CHECK ...). */
  constraint?: string;
}

export interface BundledTableSchema {
  table: BundledTableName;
  primaryKey?: string;
  columns: readonly BundledColumn[];
}

export const BUNDLED_TABLE_NAMES = [
  "sources",
  "units",
  "indicators",
  "observations",
  "framework",
  "targets",
] as const;

export type BundledTableName = (typeof BUNDLED_TABLE_NAMES)[number];

const v = (name: string, constraint?: string): BundledColumn => ({ name, type: "VARCHAR", constraint });
const d = (name: string): BundledColumn => ({ name, type: "DOUBLE" });
const i = (name: string): BundledColumn => ({ name, type: "INTEGER" });
const b = (name: string, constraint?: string): BundledColumn => ({ name, type: "BOOLEAN", constraint });

export const BUNDLED_SCHEMAS: Record<BundledTableName, BundledTableSchema> = {
  sources: {
    table: "sources",
    primaryKey: "source_id",
    columns: [
      v("source_id", "NOT NULL"),
      v("publisher"),
      v("title"),
      v("url"),
      v("retrieved"),
      v("licence"),
      v("note"),
    ],
  },
  units: {
    table: "units",
    primaryKey: "unit_id",
    columns: [
      v("unit_id", "NOT NULL"),
      v("name_en"),
      v("name_ru"),
      v("name_ky"),
      v("unit_type", "CHECK (unit_type IN ('country', 'oblast', 'city', 'district', 'town'))"),
      v("parent_id"),
      d("lat"),
      d("lon"),
      d("area_km2"),
      v("source_id"),
      v("admin_center"),
      v("nsc_ref_area"),
      v("note"),
    ],
  },
  indicators: {
    table: "indicators",
    primaryKey: "indicator_id",
    columns: [
      v("indicator_id", "NOT NULL"),
      v("name_en"),
      v("name_ru"),
      v("name_ky"),
      v("unit"),
      v("definition"),
      v("direction", "CHECK (direction IN ('higher', 'lower'))"),
      v("taza_koom_ref"),
      v("source_id"),
      v("topic"),
      v("sdg_code"),
      v("series_code"),
      b("additive"),
      d("value_min"),
      d("value_max"),
    ],
  },
  observations: {
    table: "observations",
    columns: [
      v("unit_id", "NOT NULL"),
      v("indicator_id", "NOT NULL"),
      i("year"),
      d("value"),
      v("source_id"),
      v("note"),
      v("sex", "NOT NULL"),
      v("location", "NOT NULL"),
      v("age", "NOT NULL"),
      v("breakdown", "NOT NULL"),
      v("value_qualifier"),
      v("value_as_printed"),
      v("unit_as_printed"),
      v("compiled_from"),
    ],
  },
  framework: {
    table: "framework",
    primaryKey: "framework_id",
    columns: [
      v("framework_id", "NOT NULL"),
      v("kind", "CHECK (kind IN ('goal', 'task', 'subtask', 'principle'))"),
      v("parent_id"),
      v("number"),
      v("name_en"),
      v("name_ru"),
      v("name_ky"),
      v("description_en"),
      v("source_id"),
    ],
  },
  targets: {
    table: "targets",
    primaryKey: "target_id",
    columns: [
      v("target_id", "NOT NULL"),
      v("programme"),
      v("framework_id"),
      v("indicator_id"),
      v("unit_scope"),
      d("baseline_value"),
      i("baseline_year"),
      d("target_value"),
      i("target_year"),
      v("direction", "CHECK (direction IN ('higher', 'lower'))"),
      v("source_id"),
      b("is_user", "NOT NULL"),
      v("note"),
      v("goal_or_task"),
      v("target_text"),
      v("unit"),
      v("framework_link_basis", "CHECK (framework_link_basis IN ('source', 'editorial'))"),
      v("compiled_from"),
    ],
  },
};

/** One bundled table as described in datasets/osh/manifest.json. */
export interface ManifestTable {
  table: BundledTableName;
  file: string;
  title: string;
  description: string;
  rows: number;
  source_ids: string[];
  columns: BundledColumn[];
}

export interface BundledManifest {
  dataset_id: string;
  title: string;
  description: string;
  synthetic: false;
  content_hash: string;
  generated_by: string;
  inputs: Array<{ file: string; sha256: string }>;
  tables: ManifestTable[];
}
