import type { DuckDBConnection } from "@duckdb/node-api";
import { type DataWarning, formatNumber, queryRows } from "./data-warning.ts";

/**
 * Additive indicators (indicators.additive = true: population, counts) must add up:
 * - the oblasts + cities of the country, and the districts of an oblast, against the parent;
 *   towns are part of their district (a district's urban population is its towns), so a town is
 *   checked against its district, never added to the oblast;
 * - urban + rural and male + female against the total of the same unit.
 * Values are compared within the same indicator, year and disaggregation.
 *
 * Tolerance: 0.5 % of the larger-level value. Published figures are rounded (often to
 * thousands) and copied from several releases; a gap below 0.5 % is rounding, above it the
 * figures do not describe the same total.
 */
export const SUM_TOLERANCE = 0.005;

const ADDITIVE_OBS = `SELECT o.unit_id, o.indicator_id, o.year, o.sex, o.location, o.age, o.breakdown, avg(o.value) AS value
  FROM main.observations o JOIN main.indicators i USING (indicator_id)
  WHERE i.additive AND o.year IS NOT NULL GROUP BY ALL`;

/** Non-town children: oblasts and cities of the country, districts of an oblast. */
const CHILDREN = `SELECT unit_id AS child, parent_id AS parent FROM main.units
  WHERE parent_id IS NOT NULL AND unit_type IN ('oblast', 'city', 'district')`;

const SAME_DIMS = (a: string, b: string) =>
  ["indicator_id", "year", "sex", "location", "age", "breakdown"]
    .map((c) => `${a}.${c} = ${b}.${c}`)
    .join(" AND ");

function dims(r: Record<string, unknown>): string {
  const parts = [String(r.indicator_id), String(r.year)];
  for (const d of ["sex", "location", "age", "breakdown"]) {
    if (r[d] !== "total" && r[d] !== undefined) parts.push(`${d}=${r[d]}`);
  }
  return parts.join("/");
}

function percent(part: number, whole: number): string {
  const pct = ((part - whole) / whole) * 100;
  return `${pct >= 0 ? "+" : ""}${pct.toFixed(1)} %`;
}

async function childrenVsParent(conn: DuckDBConnection): Promise<DataWarning[]> {
  const rows = await queryRows(
    conn,
    `WITH obs AS (${ADDITIVE_OBS}), kids AS (${CHILDREN}),
     expected AS (SELECT parent, count(*) AS n FROM kids GROUP BY parent),
     sums AS (
       SELECT k.parent, c.indicator_id, c.year, c.sex, c.location, c.age, c.breakdown,
              sum(c.value) AS child_sum, count(*) AS present, string_agg(k.child, ', ' ORDER BY k.child) AS children
       FROM obs c JOIN kids k ON k.child = c.unit_id GROUP BY ALL)
     SELECT s.*, e.n AS expected, p.value AS parent_value
     FROM sums s JOIN expected e ON e.parent = s.parent
     JOIN obs p ON p.unit_id = s.parent AND ${SAME_DIMS("p", "s")}
     WHERE (s.present = e.n AND abs(s.child_sum - p.value) > ${SUM_TOLERANCE} * abs(p.value))
        OR (s.present < e.n AND s.child_sum > p.value * (1 + ${SUM_TOLERANCE}))
     ORDER BY s.parent, s.indicator_id, s.year`,
  );
  return rows.map((r) => {
    const sum = Number(r.child_sum);
    const parentValue = Number(r.parent_value);
    const complete = Number(r.present) === Number(r.expected);
    const what = complete
      ? `its ${r.expected} parts (${r.children}) sum to ${formatNumber(sum)}`
      : `only ${r.present} of its ${r.expected} parts (${r.children}) already sum to ${formatNumber(sum)}`;
    return {
      check: "sum_mismatch",
      table: "observations",
      key: `${r.parent}/${dims(r)}`,
      message: `${r.parent} ${dims(r)} = ${formatNumber(parentValue)} but ${what} (${percent(sum, parentValue)}; tolerance ${SUM_TOLERANCE * 100} %)`,
    };
  });
}

async function townsVsDistrict(conn: DuckDBConnection): Promise<DataWarning[]> {
  const rows = await queryRows(
    conn,
    `WITH obs AS (${ADDITIVE_OBS})
     SELECT t.*, u.parent_id AS district, p.value AS district_value
     FROM obs t JOIN main.units u ON u.unit_id = t.unit_id AND u.unit_type = 'town'
     JOIN obs p ON p.unit_id = u.parent_id AND ${SAME_DIMS("p", "t")}
     WHERE t.value > p.value * (1 + ${SUM_TOLERANCE}) ORDER BY t.unit_id, t.indicator_id, t.year`,
  );
  return rows.map((r) => ({
    check: "sum_mismatch",
    table: "observations",
    key: `${r.unit_id}/${dims(r)}`,
    message: `town ${r.unit_id} ${dims(r)} = ${formatNumber(r.value)} exceeds its district ${r.district} (${formatNumber(r.district_value)}), which contains it`,
  }));
}

async function partsVsTotal(
  conn: DuckDBConnection,
  dim: "location" | "sex",
  parts: [string, string],
): Promise<DataWarning[]> {
  const other = dim === "location" ? "sex" : "location";
  const rows = await queryRows(
    conn,
    `WITH obs AS (${ADDITIVE_OBS}),
     parts AS (
       SELECT unit_id, indicator_id, year, ${other}, age, breakdown, sum(value) AS part_sum, count(*) AS n
       FROM obs WHERE ${dim} IN ('${parts[0]}', '${parts[1]}') GROUP BY ALL)
     SELECT p.*, t.value AS total_value FROM parts p
     JOIN obs t ON t.unit_id = p.unit_id AND t.${dim} = 'total' AND t.indicator_id = p.indicator_id
       AND t.year = p.year AND t.${other} = p.${other} AND t.age = p.age AND t.breakdown = p.breakdown
     WHERE p.n = 2 AND abs(p.part_sum - t.value) > ${SUM_TOLERANCE} * abs(t.value)
     ORDER BY p.unit_id, p.indicator_id, p.year`,
  );
  return rows.map((r) => ({
    check: "sum_mismatch",
    table: "observations",
    key: `${r.unit_id}/${dims({ ...r, [dim]: "total" })}`,
    message: `${r.unit_id} ${dims({ ...r, [dim]: "total" })}: ${parts[0]} + ${parts[1]} = ${formatNumber(r.part_sum)} but the total is ${formatNumber(r.total_value)} (${percent(Number(r.part_sum), Number(r.total_value))}; tolerance ${SUM_TOLERANCE * 100} %)`,
  }));
}

/**
 * Population published under different bases (resident, de facto, basis not stated): when a
 * parent's figure and its complete set of parts exist for a year only under different bases,
 * the same-indicator check cannot compare them; this one does, and says which bases it mixed.
 */
async function populationMixedBasis(conn: DuckDBConnection): Promise<DataWarning[]> {
  const rows = await queryRows(
    conn,
    `WITH fam AS (SELECT indicator_id FROM main.indicators WHERE topic = 'population' AND additive AND unit = 'persons'),
     pop AS (
       SELECT o.unit_id, o.indicator_id, o.year, avg(o.value) AS value
       FROM main.observations o JOIN fam USING (indicator_id)
       WHERE o.year IS NOT NULL AND o.sex = 'total' AND o.location = 'total' AND o.age = 'total' AND o.breakdown = 'total'
       GROUP BY ALL),
     kids AS (${CHILDREN}),
     expected AS (SELECT parent, count(*) AS n FROM kids GROUP BY parent),
     picked AS (
       SELECT p.unit_id AS parent, p.indicator_id AS parent_indicator, p.year, p.value AS parent_value, k.child,
              arg_min(c.value, CASE WHEN c.indicator_id = p.indicator_id THEN '0' ELSE '1' END || c.indicator_id) AS value,
              min(CASE WHEN c.indicator_id = p.indicator_id THEN '0' ELSE '1' END || c.indicator_id) AS pick
       FROM pop p JOIN kids k ON k.parent = p.unit_id JOIN pop c ON c.unit_id = k.child AND c.year = p.year
       GROUP BY ALL),
     summed AS (
       SELECT parent, parent_indicator, year, parent_value, sum(value) AS child_sum, count(*) AS present,
              string_agg(child || ' ' || substr(pick, 2), ', ' ORDER BY child) AS used,
              bool_or(substr(pick, 1, 1) = '1') AS mixed
       FROM picked GROUP BY ALL)
     SELECT s.* FROM summed s JOIN expected e ON e.parent = s.parent
     WHERE s.mixed AND s.present = e.n AND abs(s.child_sum - s.parent_value) > ${SUM_TOLERANCE} * s.parent_value
     ORDER BY s.parent, s.year, s.parent_indicator`,
  );
  return rows.map((r) => ({
    check: "sum_mismatch_mixed_basis",
    table: "observations",
    key: `${r.parent}/${r.parent_indicator}/${r.year}`,
    message: `${r.parent} ${r.year} ${r.parent_indicator} = ${formatNumber(r.parent_value)} but its ${r.present} parts sum to ${formatNumber(r.child_sum)} (${percent(Number(r.child_sum), Number(r.parent_value))}) using ${r.used}: the figures mix population bases (resident / de facto / not stated) and should not be added up as one series`,
  }));
}

export async function checkSums(conn: DuckDBConnection): Promise<DataWarning[]> {
  return [
    ...(await childrenVsParent(conn)),
    ...(await townsVsDistrict(conn)),
    ...(await partsVsTotal(conn, "location", ["urban", "rural"])),
    ...(await partsVsTotal(conn, "sex", ["male", "female"])),
    ...(await populationMixedBasis(conn)),
  ];
}
