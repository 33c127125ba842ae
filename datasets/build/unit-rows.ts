import type { UnitRow, UnitType } from "./bundled-rows.ts";
import type { CsvRecord } from "./csv-text.ts";
import { NSC_SDG_CODELIST_URL, type SourceRegistry } from "./source-registry.ts";

export const UNITS_FILE = "osh_admin_units.csv";

const TYPE_MAP: Record<string, UnitType> = {
  country: "country",
  oblast: "oblast",
  city_of_republican_significance: "city",
  district: "district",
  town: "town",
};

/** NSC SDG REF_AREA codes (SOURCES.md, checked against CL_AREA of SDG_DSD.KG.xml). */
const NSC_REF_AREA: Record<string, string> = {
  kg: "KG",
  osh_oblast: "KG06",
  osh_city: "KG21",
  bishkek_city: "KG11",
  batken_oblast: "KG05",
  jalal_abad_oblast: "KG03",
  issyk_kul_oblast: "KG02",
  naryn_oblast: "KG04",
  talas_oblast: "KG07",
  chui_oblast: "KG08",
};

/**
 * Regions that appear only in the statistics. English short names are the codelist's; the
 * Russian and Kyrgyz names are standard labels written for this project (not from the source).
 */
const COMPARISON_REGIONS: Array<Pick<UnitRow, "unit_id" | "name_en" | "name_ru" | "name_ky" | "unit_type">> =
  [
    {
      unit_id: "bishkek_city",
      name_en: "Bishkek (city)",
      name_ru: "г. Бишкек",
      name_ky: "Бишкек шаары",
      unit_type: "city",
    },
    {
      unit_id: "batken_oblast",
      name_en: "Batken Region (Batken oblast)",
      name_ru: "Баткенская область",
      name_ky: "Баткен облусу",
      unit_type: "oblast",
    },
    {
      unit_id: "jalal_abad_oblast",
      name_en: "Jalal-Abad Region (Jalal-Abad oblast)",
      name_ru: "Джалал-Абадская область",
      name_ky: "Жалал-Абад облусу",
      unit_type: "oblast",
    },
    {
      unit_id: "issyk_kul_oblast",
      name_en: "Issyk-Kul Region (Issyk-Kul oblast)",
      name_ru: "Иссык-Кульская область",
      name_ky: "Ысык-Көл облусу",
      unit_type: "oblast",
    },
    {
      unit_id: "naryn_oblast",
      name_en: "Naryn Region (Naryn oblast)",
      name_ru: "Нарынская область",
      name_ky: "Нарын облусу",
      unit_type: "oblast",
    },
    {
      unit_id: "talas_oblast",
      name_en: "Talas Region (Talas oblast)",
      name_ru: "Таласская область",
      name_ky: "Талас облусу",
      unit_type: "oblast",
    },
    {
      unit_id: "chui_oblast",
      name_en: "Chüy Region (Chui oblast)",
      name_ru: "Чуйская область",
      name_ky: "Чүй облусу",
      unit_type: "oblast",
    },
  ];

/** Labels the compiled file left blank, written for this project (noted in the row). */
const MISSING_LABELS: Record<string, Partial<Pick<UnitRow, "name_ru" | "name_ky">>> = {
  town_nookat: { name_ru: "Ноокат" },
};

function optionalNumber(text: string | undefined, where: string): number | null {
  if (text === undefined || text.trim() === "") return null;
  const n = Number(text);
  if (!Number.isFinite(n)) throw new Error(`${where}: "${text}" is not a number`);
  return n;
}

export function mapUnits(records: CsvRecord[], sources: SourceRegistry): UnitRow[] {
  const fromFile = records.map((rec, index): UnitRow => {
    const where = `${UNITS_FILE}: data row ${index + 1} (${rec.unit_id})`;
    const unitType = TYPE_MAP[rec.type ?? ""];
    if (!unitType) throw new Error(`${where}: type "${rec.type}" is not a known unit type`);
    const id = rec.unit_id ?? "";
    const filled = MISSING_LABELS[id] ?? {};
    const filledNote = Object.keys(filled).length
      ? ` | ${Object.keys(filled).join(", ")} written for this project (blank in the compiled file)`
      : "";
    return {
      unit_id: id,
      name_en: rec.name_en ?? id,
      name_ru: rec.name_ru || filled.name_ru || null,
      name_ky: rec.name_ky || filled.name_ky || null,
      unit_type: unitType,
      parent_id: rec.parent || null,
      lat: optionalNumber(rec.lat, `${where} lat`),
      lon: optionalNumber(rec.lon, `${where} lon`),
      area_km2: optionalNumber(rec.area_km2, `${where} area_km2`),
      source_id: sources.idForUrl(rec.source_url ?? "", where),
      admin_center: rec.admin_center || null,
      nsc_ref_area: NSC_REF_AREA[id] ?? null,
      note: `${rec.source_note ?? ""}${filledNote}` || null,
    };
  });
  const codelist = sources.idForUrl(NSC_SDG_CODELIST_URL, "NSC SDG codelist");
  const comparison = COMPARISON_REGIONS.map(
    (r): UnitRow => ({
      ...r,
      parent_id: "kg",
      lat: null,
      lon: null,
      area_km2: null,
      source_id: codelist,
      admin_center: null,
      nsc_ref_area: NSC_REF_AREA[r.unit_id] ?? null,
      note: "Comparison region of the NSC SDG data (code in CL_AREA of SDG_DSD.KG.xml). Russian and Kyrgyz names are labels written for this project; no coordinates or area bundled.",
    }),
  );
  return [...fromFile, ...comparison];
}
