import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "../data-warning.ts";

/**
 * The real figures the synthetic census is calibrated to, read from the bundled tables at
 * generation time (so the extract follows the bundled data and says which rows it used).
 */

/** Osh oblast's districts and Osh city: the area the roadmap covers. */
export const CENSUS_UNITS = [
  "alay",
  "aravan",
  "chon_alay",
  "kara_kulja",
  "kara_suu",
  "nookat",
  "uzgen",
  "osh_city",
];

/**
 * Population series in order of preference. Resident and de facto counts come first (latest
 * year wins); a figure whose basis is not stated is used only when a unit has nothing else
 * (Kara-Suu district: only the 2009 census figure is bundled).
 */
const POPULATION_PREFERENCE = [
  "population_resident_estimate",
  "population_census_resident",
  "population_census_de_facto",
  "population_census",
  "population_estimate",
];

export interface UnitCalibration {
  unitId: string;
  /** Region whose survey shares apply: the city itself, or osh_oblast for its districts. */
  region: string;
  population: number;
  populationIndicator: string;
  populationYear: number;
  populationSourceId: string;
  /** Share of the unit's population living in towns (see urbanShareBasis). */
  urbanShare: number;
  urbanShareBasis: string;
}

export interface RegionShareTarget {
  region: string;
  indicator: string;
  year: number;
  /** Percent of persons aged 15+, as published. */
  percent: number;
  sourceId: string;
}

export interface CensusCalibration {
  units: UnitCalibration[];
  internet: RegionShareTarget[];
  mobile: RegionShareTarget[];
}

const TOTAL_DIMS = "sex = 'total' AND age = 'total' AND breakdown = 'total'";

async function populationOf(conn: DuckDBConnection, unitId: string): Promise<Record<string, unknown>> {
  const rows = await queryRows(
    conn,
    `SELECT indicator_id, year, value, source_id FROM main.observations
     WHERE unit_id = '${unitId}' AND location = 'total' AND ${TOTAL_DIMS} AND year IS NOT NULL
       AND indicator_id IN (${POPULATION_PREFERENCE.map((p) => `'${p}'`).join(", ")})
     ORDER BY CASE WHEN indicator_id IN ('population_resident_estimate', 'population_census_resident', 'population_census_de_facto') THEN 0 ELSE 1 END,
              year DESC,
              list_position([${POPULATION_PREFERENCE.map((p) => `'${p}'`).join(", ")}], indicator_id),
              value DESC
     LIMIT 1`,
  );
  const row = rows[0];
  if (!row)
    throw new Error(
      `census calibration: no bundled population figure for unit ${unitId} in main.observations`,
    );
  return row;
}

/**
 * Urban share: a city is all urban; a district uses its latest census urban/total pair, else
 * its towns' census population over its own for the same year, else 0 (no town bundled).
 */
async function urbanShareOf(
  conn: DuckDBConnection,
  unitId: string,
): Promise<{ share: number; basis: string }> {
  if (unitId === "osh_city") return { share: 1, basis: "city: all residents treated as urban (assumption)" };
  const pair = await queryRows(
    conn,
    `SELECT u.indicator_id, u.year, u.value / t.value AS share FROM main.observations u
     JOIN main.observations t ON t.unit_id = u.unit_id AND t.indicator_id = u.indicator_id AND t.year = u.year
       AND t.location = 'total' AND t.sex = 'total' AND t.age = 'total' AND t.breakdown = 'total'
     WHERE u.unit_id = '${unitId}' AND u.location = 'urban' AND u.${TOTAL_DIMS.replaceAll(" AND ", " AND u.")}
       AND u.indicator_id LIKE 'population_census%'
     ORDER BY u.year DESC, u.indicator_id LIMIT 1`,
  );
  const p = pair[0];
  if (p) {
    return { share: Number(p.share), basis: `${p.indicator_id} ${p.year}, urban / total` };
  }
  const towns = await queryRows(
    conn,
    `SELECT d.year, sum(t.value) / any_value(d.value) AS share
     FROM main.observations d
     JOIN main.units tu ON tu.parent_id = d.unit_id AND tu.unit_type = 'town'
     JOIN main.observations t ON t.unit_id = tu.unit_id AND t.indicator_id = d.indicator_id AND t.year = d.year
       AND t.location = 'total' AND t.sex = 'total' AND t.age = 'total' AND t.breakdown = 'total'
     WHERE d.unit_id = '${unitId}' AND d.indicator_id = 'population_census' AND d.location = 'total'
       AND d.sex = 'total' AND d.age = 'total' AND d.breakdown = 'total'
     GROUP BY d.year
     HAVING count(*) = (SELECT count(*) FROM main.units WHERE parent_id = '${unitId}' AND unit_type = 'town')
     ORDER BY d.year DESC LIMIT 1`,
  );
  const t = towns[0];
  if (t) return { share: Number(t.share), basis: `population_census ${t.year}, towns / district` };
  return { share: 0, basis: "no town of the district in the bundled units: all rural (assumption)" };
}

async function regionShares(conn: DuckDBConnection, indicator: string): Promise<RegionShareTarget[]> {
  const rows = await queryRows(
    conn,
    `SELECT unit_id, year, value, source_id FROM main.observations
     WHERE indicator_id = '${indicator}' AND unit_id IN ('osh_oblast', 'osh_city') AND location = 'total'
       AND ${TOTAL_DIMS} AND year IS NOT NULL
     QUALIFY row_number() OVER (PARTITION BY unit_id ORDER BY year DESC, value) = 1
     ORDER BY unit_id`,
  );
  if (rows.length !== 2) {
    throw new Error(`census calibration: ${indicator} needs a bundled value for osh_oblast and osh_city`);
  }
  return rows.map((r) => ({
    region: String(r.unit_id),
    indicator,
    year: Number(r.year),
    percent: Number(r.value),
    sourceId: String(r.source_id),
  }));
}

export async function readCensusCalibration(conn: DuckDBConnection): Promise<CensusCalibration> {
  const tables = await queryRows(
    conn,
    "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' AND database_name = current_database() AND table_name IN ('observations', 'units')",
  );
  if (tables.length < 2) {
    throw new Error(
      "census calibration: tables main.observations and main.units are missing; load the bundled data first",
    );
  }
  const units: UnitCalibration[] = [];
  for (const unitId of CENSUS_UNITS) {
    const pop = await populationOf(conn, unitId);
    const urban = await urbanShareOf(conn, unitId);
    units.push({
      unitId,
      region: unitId === "osh_city" ? "osh_city" : "osh_oblast",
      population: Number(pop.value),
      populationIndicator: String(pop.indicator_id),
      populationYear: Number(pop.year),
      populationSourceId: String(pop.source_id),
      urbanShare: urban.share,
      urbanShareBasis: urban.basis,
    });
  }
  return {
    units,
    internet: await regionShares(conn, "internet_users_pct_age15plus"),
    mobile: await regionShares(conn, "mobile_phone_ownership_pct_age15plus"),
  };
}
