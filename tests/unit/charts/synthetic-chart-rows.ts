/**
 * SYNTHETIC test rows (not statistics): a deterministic generator, so the same rows go to DuckDB
 * and to Vega-Lite. Timestamps are local wall-clock text, which Vega parses as local time.
 */
export interface SyntheticRow {
  district: string | null;
  sector: string;
  value: number | null;
  amount: number;
  ts: string;
}

const DISTRICTS = ["Alay", "Aravan", "Kara-Suu", "Nookat", "Өзгөн", null] as const;
const SECTORS = ["mobile", "fixed", "post"] as const;

export function syntheticRows(count: number): SyntheticRow[] {
  let state = 20240917;
  const next = (mod: number) => {
    // Park-Miller LCG: deterministic, no Math.random.
    state = (state * 48271) % 2147483647;
    return state % mod;
  };
  const rows: SyntheticRow[] = [];
  for (let i = 0; i < count; i++) {
    const district = DISTRICTS[next(11) % DISTRICTS.length] ?? null;
    const sector = SECTORS[next(3)] ?? "mobile";
    // A few nulls and a few far-out values (boxplot outliers).
    const raw = next(1000);
    const value = next(17) === 0 ? null : next(40) === 0 ? raw * 9 + 5000 : raw;
    const amount = (next(200000) - 50000) / 100;
    const year = 2019 + next(4);
    const month = 1 + next(12);
    const day = 1 + next(28);
    const hour = 8 + next(12);
    const minute = next(60);
    const pad = (n: number) => String(n).padStart(2, "0");
    const ts = `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(next(60))}`;
    rows.push({ district, sector, value, amount, ts });
  }
  return rows;
}

/** The same rows as a DuckDB table `name`. */
export function createTableSql(name: string, rows: SyntheticRow[]): string {
  const lit = (v: string | number | null) =>
    v === null ? "NULL" : typeof v === "number" ? String(v) : `'${v.replaceAll("'", "''")}'`;
  const values = rows
    .map(
      (r) =>
        `(${lit(r.district)}, ${lit(r.sector)}, ${lit(r.value)}, ${lit(r.amount)}, ${lit(r.ts.replace("T", " "))})`,
    )
    .join(",\n");
  return (
    `CREATE TABLE "${name}" (district VARCHAR, sector VARCHAR, value INTEGER, amount DOUBLE, ts TIMESTAMP);\n` +
    `INSERT INTO "${name}" VALUES ${values};`
  );
}
