/**
 * Cell names are SQL identifiers that need no quoting: a SQL cell's result becomes a table of
 * that name, and an input cell's value the parameter `$name`.
 */
export const CELL_NAME_PATTERN = /^[a-z_][a-z0-9_]{0,62}$/;

/** Ad-hoc results of `sql.run` (r_12) and sorted copies of results (x__sorted) live beside cell results. */
const RESERVED_RESULT_PATTERN = /^r_\d+$|__sorted$/;

/** Why `name` cannot name a cell, or null when it can. */
export function cellNameProblem(name: string): string | null {
  if (!CELL_NAME_PATTERN.test(name)) {
    return `"${name}" is not a valid cell name: use 1 to 63 lowercase letters, digits and _, not starting with a digit`;
  }
  if (RESERVED_RESULT_PATTERN.test(name)) {
    return `"${name}" is reserved for results the grid makes (r_<number>, <name>__sorted); choose another cell name`;
  }
  return null;
}

/** `base` itself when free and valid, else `base_2`, `base_3`... */
export function uniqueCellName(base: string, taken: ReadonlySet<string>): string {
  const clean =
    base
      .toLowerCase()
      .replace(/[^a-z0-9_]+/g, "_")
      .replace(/^(?=\d)/, "_")
      .slice(0, 56) || "cell";
  const usable = (n: string) => !taken.has(n) && cellNameProblem(n) === null;
  if (usable(clean)) return clean;
  for (let i = 2; ; i++) {
    const candidate = `${clean}_${i}`;
    if (usable(candidate)) return candidate;
  }
}
