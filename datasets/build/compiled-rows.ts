import { type IndicatorRow, type ObservationRow, TOTAL } from "./bundled-rows.ts";
import type { CsvRecord } from "./csv-text.ts";
import type { IndicatorSpec } from "./indicator-catalog.ts";
import { parsePrintedValue, shiftDecimal, type ValueQualifier } from "./printed-value.ts";
import type { SourceRegistry } from "./source-registry.ts";

/**
 * Mapping of the long-format compiled files (ict_indicators_regional.csv, population.csv:
 * unit_id, year, indicator, value, unit, source_url, source_note) to bundled observations.
 */

export interface NameMapping {
  indicator: string;
  sex?: "male" | "female";
  location?: "urban" | "rural";
  breakdown?: string;
  /** Marker implied by the indicator name (population_estimate_approx -> '~'). */
  qualifier?: ValueQualifier;
}

export interface CompiledFileSpec {
  file: string;
  /** Compiled indicator name -> bundled indicator; names not listed map to themselves. */
  names: (indicator: string, printedUnit: string) => NameMapping;
  specs: IndicatorSpec[];
  /** Rows to leave out, with the reason (reported by the build and in the README). */
  exclude?: (rec: CsvRecord) => string | null;
  /**
   * Rows already bundled from another file (same figure from the same publication): return
   * true to drop the row. Checked after mapping.
   */
  duplicateOf?: (row: ObservationRow, rec: CsvRecord) => boolean;
}

export interface CompiledResult {
  observations: ObservationRow[];
  indicators: IndicatorRow[];
  excluded: Array<{ row: number; reason: string }>;
  duplicates: number;
}

export function mapCompiledFile(
  spec: CompiledFileSpec,
  records: CsvRecord[],
  sources: SourceRegistry,
  knownUnits: Set<string>,
): CompiledResult {
  const specs = new Map(spec.specs.map((s) => [s.id, s]));
  const used = new Set<string>();
  const excluded: CompiledResult["excluded"] = [];
  const observations: ObservationRow[] = [];
  let duplicates = 0;
  records.forEach((rec, index) => {
    const where = `${spec.file}: data row ${index + 1} (${rec.unit_id} ${rec.indicator} ${rec.year})`;
    const reason = spec.exclude?.(rec) ?? null;
    if (reason) {
      excluded.push({ row: index + 1, reason });
      return;
    }
    const printedUnit = rec.unit ?? "";
    const mapping = spec.names(rec.indicator ?? "", printedUnit);
    const unitId = rec.unit_id ?? "";
    if (!knownUnits.has(unitId)) throw new Error(`${where}: unit_id "${unitId}" is not in the units table`);
    const printed = parsePrintedValue(rec.value ?? "", where);
    const indicatorSpec = specs.get(mapping.indicator);
    // NSC catalog entries have no unit of their own (it comes from the NSC file); rows mapped to
    // them must be duplicates of NSC rows, which duplicateOf drops before the unit matters.
    const units: Record<string, number> = indicatorSpec?.unit
      ? { [indicatorSpec.unit]: 0, ...indicatorSpec.printedUnits }
      : {};
    const power = units[printedUnit];
    const year = (rec.year ?? "") === "" ? null : Number.parseInt(rec.year ?? "", 10);
    const row: ObservationRow = {
      unit_id: unitId,
      indicator_id: mapping.indicator,
      year,
      value: shiftDecimal(printed.digits, power ?? 0),
      source_id: "",
      note: rec.source_note || null,
      sex: mapping.sex ?? "total",
      location: mapping.location ?? "total",
      age: TOTAL,
      breakdown: mapping.breakdown ?? TOTAL,
      value_qualifier: printed.qualifier ?? mapping.qualifier ?? null,
      value_as_printed: rec.value ?? "",
      unit_as_printed: printedUnit,
      compiled_from: spec.file,
    };
    if (spec.duplicateOf?.(row, rec)) {
      duplicates++;
      return;
    }
    if (!indicatorSpec) throw new Error(`${where}: indicator ${mapping.indicator} has no catalog entry`);
    if (power === undefined) {
      throw new Error(`${where}: unit "${printedUnit}" is not a known unit of ${mapping.indicator}`);
    }
    used.add(mapping.indicator);
    // Registered only for kept rows, so the sources table lists no source without a row.
    observations.push({ ...row, source_id: sources.idForUrl(rec.source_url ?? "", where) });
  });
  const indicators = [...used].map((id): IndicatorRow => {
    const s = specs.get(id);
    if (!s) throw new Error(`${spec.file}: indicator ${id} has no catalog entry`);
    return {
      indicator_id: id,
      name_en: s.name_en ?? id,
      name_ru: s.name_ru ?? null,
      name_ky: s.name_ky ?? null,
      unit: s.unit ?? "",
      definition: s.definition,
      direction: s.direction,
      taza_koom_ref: s.taza_koom_ref ?? null,
      source_id: null,
      topic: s.topic,
      sdg_code: s.sdg_code ?? null,
      series_code: s.series_code ?? null,
      additive: s.additive ?? false,
      value_min: s.value_min ?? null,
      value_max: s.value_max ?? null,
    };
  });
  return { observations, indicators, excluded, duplicates };
}
