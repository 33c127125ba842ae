import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import type { StatusEntry } from "../../../shared/charts/presets/status-palette.ts";

/**
 * Inputs for the preset golden tests. Units (ids, names, coordinates) are the real bundled units
 * table; every VALUE here is SYNTHETIC, made by formula, and every chart says so in its subtitle.
 */

export const SYNTHETIC = "SYNTHETIC DATA (test fixture, not statistics)";

export interface UnitRecord {
  unitId: string;
  nameEn: string;
  nameKy: string;
  lat: number | null;
  lon: number | null;
}

/** Osh city and the seven districts of Osh oblast, from datasets/osh/units.csv. */
export async function loadOshUnits(): Promise<UnitRecord[]> {
  const file = path.join(import.meta.dirname, "../../../datasets/osh/units.csv");
  const instance = await DuckDBInstance.create(":memory:");
  const con = await instance.connect();
  try {
    const reader = await con.runAndReadAll(
      `SELECT unit_id, name_en, name_ky, CAST(lat AS DOUBLE) AS lat, CAST(lon AS DOUBLE) AS lon
       FROM read_csv('${file.replaceAll("'", "''")}', header = true, all_varchar = true)
       WHERE unit_type = 'district' OR unit_id = 'osh_city' ORDER BY unit_id`,
    );
    return reader.getRowObjectsJS().map((r) => ({
      unitId: String(r.unit_id),
      nameEn: String(r.name_en),
      nameKy: String(r.name_ky),
      lat: r.lat === null ? null : Number(r.lat),
      lon: r.lon === null ? null : Number(r.lon),
    }));
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}

/** "Uzgen (Özgön) District" -> "Uzgen", "Алай району" -> "Алай"; "Osh (city)" stays. */
export function shortName(name: string): string {
  return name.replace(/ \([^)]*\)(?= District$)/, "").replace(/ (District|району)$/, "");
}

/** A synthetic value in [10, 95] from a unit's position and a salt. */
export function syntheticValue(index: number, salt: number): number {
  return Math.round((10 + ((index * 37 + salt * 23) % 86)) * 10) / 10;
}

export const ESCAP_STATUSES: StatusEntry[] = [
  { id: "target_met", label: "Target met", tone: "best" },
  { id: "maintain_progress", label: "Maintain progress", tone: "good" },
  { id: "accelerate_progress", label: "Accelerate progress", tone: "poor" },
  { id: "reverse_trend", label: "Reverse trend", tone: "worst" },
  { id: "insufficient_data", label: "Insufficient data", tone: "none" },
];

export const INDICATORS = [
  { id: "hh_internet", label: "Households with internet, %" },
  { id: "mobile_bb", label: "Mobile broadband per 100" },
  { id: "fixed_bb", label: "Fixed broadband per 100" },
  { id: "internet_users", label: "Internet users, %" },
  { id: "egov", label: "Services online, %" },
];
