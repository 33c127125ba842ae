import type { IndicatorRow, ObservationRow } from "./bundled-rows.ts";
import type { CsvRecord } from "./csv-text.ts";
import { compactAge, normaliseBreakdown } from "./disaggregation-labels.ts";
import {
  type IndicatorSpec,
  NSC_INDICATORS,
  NSC_SERIES_TO_INDICATOR,
  NSC_UNIVERSE_AGE,
  NSC_UNIVERSE_SEX,
} from "./indicator-catalog.ts";
import { parsePrintedValue } from "./printed-value.ts";
import type { SourceRegistry } from "./source-registry.ts";

export const NSC_FILE = "nsc_sdg_regional.csv";

const SEXES = new Set(["total", "male", "female"]);
const LOCATIONS = new Set(["total", "urban", "rural"]);

/** "% of population aged 15+ [PT]" -> "% of population aged 15+" (the SDMX code stays in unit_as_printed). */
export function plainUnit(printed: string): string {
  return printed.replace(/\s*\[[^\]]*\]\s*$/, "").trim();
}

function indicatorIdFor(rec: CsvRecord, where: string): string {
  if (rec.series_code === "SE_ADT_ACTS") {
    return rec.age?.includes("[Y15T24]") ? "ict_skills_pct_women_15_24" : "ict_skills_pct_women_15_49";
  }
  const key = rec.series_code !== "" ? (rec.series_code ?? "") : (rec.indicator_name_en ?? "");
  const id = NSC_SERIES_TO_INDICATOR[key];
  if (!id) throw new Error(`${where}: series "${key}" has no indicator in indicator-catalog.ts`);
  return id;
}

export interface NscResult {
  observations: ObservationRow[];
  indicators: IndicatorRow[];
}

/**
 * Maps nsc_sdg_regional.csv to observations. Every row is kept: the file holds only the
 * country, the oblasts and the two cities, which is what the workbench compares.
 */
export function mapNscSdg(records: CsvRecord[], sources: SourceRegistry, knownUnits: Set<string>): NscResult {
  const specs = new Map<string, IndicatorSpec>(NSC_INDICATORS.map((s) => [s.id, s]));
  const seen = new Map<string, { rec: CsvRecord; units: Set<string> }>();
  const observations = records.map((rec, index): ObservationRow => {
    const where = `${NSC_FILE}: data row ${index + 1}`;
    const indicator = indicatorIdFor(rec, where);
    const unitId = rec.unit_id ?? "";
    if (!knownUnits.has(unitId)) throw new Error(`${where}: unit_id "${unitId}" is not in the units table`);
    const sex = rec.sex ?? "";
    const location = rec.location ?? "";
    if (!SEXES.has(sex)) throw new Error(`${where}: sex "${sex}" is not total/male/female`);
    if (!LOCATIONS.has(location))
      throw new Error(`${where}: location "${location}" is not total/urban/rural`);
    const printed = parsePrintedValue(rec.value ?? "", where);
    const entry = seen.get(indicator) ?? { rec, units: new Set<string>() };
    entry.units.add(plainUnit(rec.unit ?? ""));
    seen.set(indicator, entry);
    return {
      unit_id: unitId,
      indicator_id: indicator,
      year: Number.parseInt(rec.year ?? "", 10),
      value: Number(printed.digits),
      source_id: sources.idForUrl(rec.source_url ?? "", where),
      note: rec.source_note || null,
      sex: sex === NSC_UNIVERSE_SEX[indicator] ? "total" : (sex as ObservationRow["sex"]),
      location: location as ObservationRow["location"],
      age: compactAge(rec.age ?? "", NSC_UNIVERSE_AGE[indicator], where),
      breakdown: normaliseBreakdown(rec.other_disaggregation ?? ""),
      value_qualifier: printed.qualifier,
      value_as_printed: rec.value ?? "",
      unit_as_printed: rec.unit ?? "",
      compiled_from: NSC_FILE,
    };
  });

  const indicators = [...seen.entries()].map(([id, { rec, units }]): IndicatorRow => {
    const spec = specs.get(id);
    if (!spec) throw new Error(`${NSC_FILE}: indicator ${id} has no entry in NSC_INDICATORS`);
    const unit = spec.unit ?? [...units][0] ?? "";
    const allowed = new Set([unit, ...Object.keys(spec.printedUnits ?? {})]);
    const stray = [...units].filter((u) => !allowed.has(u));
    if (stray.length > 0) {
      throw new Error(
        `${NSC_FILE}: indicator ${id} is printed in units ${[...units].join(" / ")}; expected ${unit}`,
      );
    }
    return {
      indicator_id: id,
      name_en: spec.name_en ?? rec.indicator_name_en ?? id,
      name_ru: spec.name_ru ?? (rec.indicator_name_ru || null),
      name_ky: spec.name_ky ?? null,
      unit,
      definition: spec.definition,
      direction: spec.direction,
      taza_koom_ref: spec.taza_koom_ref ?? null,
      source_id: null,
      topic: spec.topic,
      sdg_code: rec.sdg_indicator || null,
      series_code: rec.series_code || null,
      additive: spec.additive ?? false,
      value_min: spec.value_min ?? null,
      value_max: spec.value_max ?? null,
    };
  });
  return { observations, indicators };
}
