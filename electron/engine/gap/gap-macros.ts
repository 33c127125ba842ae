import type { DuckDBConnection } from "@duckdb/node-api";

/**
 * Gap-analysis SQL macros, registered at engine start so notebook cells can use them.
 * Their TypeScript twins (same semantics, same NULL rules) are in shared/gap/compound-growth.ts,
 * shared/gap/gap-progress.ts and shared/gap/eurostat-class.ts; a test checks both agree.
 * Values are cast to DOUBLE so integer or DECIMAL arguments never change the arithmetic.
 */
export interface GapMacro {
  readonly name: string;
  readonly params: readonly string[];
  /** English one-liner for SQL autocomplete and help. */
  readonly description: string;
  readonly body: string;
}

export const GAP_MACROS: readonly GapMacro[] = [
  {
    name: "gap_progress",
    params: ["baseline", "current", "target"],
    description: "(current - baseline) / (target - baseline); NULL when target = baseline.",
    body: `CASE
      WHEN target = baseline THEN NULL
      ELSE (CAST(current AS DOUBLE) - baseline) / (CAST(target AS DOUBLE) - baseline)
    END`,
  },
  {
    name: "gap_cagr",
    params: ["v_start", "year_start", "v_end", "year_end"],
    description:
      "(v_end / v_start) ^ (1 / (year_end - year_start)) - 1; NULL when the years are equal or a value is not positive.",
    body: `CASE
      WHEN v_start IS NULL OR year_start IS NULL OR v_end IS NULL OR year_end IS NULL THEN NULL
      WHEN year_start = year_end OR v_start <= 0 OR v_end <= 0 THEN NULL
      ELSE pow(CAST(v_end AS DOUBLE) / v_start, 1 / CAST(year_end - year_start AS DOUBLE)) - 1
    END`,
  },
  {
    name: "gap_required_cagr",
    params: ["current", "current_year", "target", "target_year"],
    description:
      "Compound annual growth rate needed from current (in current_year) to reach target in target_year; NULL rules as gap_cagr.",
    // Written out rather than calling gap_cagr: DuckDB resolves macro calls when used, so a
    // user redefining gap_cagr must not change this one.
    body: `CASE
      WHEN current IS NULL OR current_year IS NULL OR target IS NULL OR target_year IS NULL THEN NULL
      WHEN current_year = target_year OR current <= 0 OR target <= 0 THEN NULL
      ELSE pow(CAST(target AS DOUBLE) / current, 1 / CAST(target_year - current_year AS DOUBLE)) - 1
    END`,
  },
  {
    name: "gap_eurostat_class",
    params: ["observed_cagr", "required_cagr"],
    description:
      "Eurostat SDG assessment by observed/required growth: >= 0.95 'significant progress', >= 0.6 'moderate progress', >= 0 'insufficient progress', < 0 'moving away'; NULL when an input is NULL or required is 0.",
    body: `CASE
      WHEN observed_cagr IS NULL OR required_cagr IS NULL OR required_cagr = 0 THEN NULL
      WHEN CAST(observed_cagr AS DOUBLE) / required_cagr >= 0.95 THEN 'significant progress'
      WHEN CAST(observed_cagr AS DOUBLE) / required_cagr >= 0.6 THEN 'moderate progress'
      WHEN CAST(observed_cagr AS DOUBLE) / required_cagr >= 0 THEN 'insufficient progress'
      ELSE 'moving away'
    END`,
  },
  {
    name: "gap_years_to_target",
    params: ["current", "target", "cagr"],
    description:
      "ln(target / current) / ln(1 + cagr): years until the rate reaches the target; 0 when already there; NULL when it never gets there.",
    // The guards come first: DuckDB's ln() raises an error on zero or negative input, and CASE
    // only evaluates a branch for the rows that reach it.
    body: `CASE
      WHEN current IS NULL OR target IS NULL OR cagr IS NULL THEN NULL
      WHEN current <= 0 OR target <= 0 THEN NULL
      WHEN current = target THEN CAST(0 AS DOUBLE)
      WHEN cagr <= -1 OR cagr = 0 THEN NULL
      WHEN (target > current) <> (cagr > 0) THEN NULL
      ELSE ln(CAST(target AS DOUBLE) / current) / ln(1 + CAST(cagr AS DOUBLE))
    END`,
  },
];

export function gapMacroSql(macro: GapMacro): string {
  return `CREATE OR REPLACE MACRO ${macro.name}(${macro.params.join(", ")}) AS ${macro.body}`;
}

/** Creates (or replaces) every gap macro; safe to call on every engine start. */
export async function registerGapMacros(conn: DuckDBConnection): Promise<void> {
  for (const macro of GAP_MACROS) {
    await conn.run(gapMacroSql(macro));
  }
}
