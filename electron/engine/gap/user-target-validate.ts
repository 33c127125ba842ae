import { parseDirection } from "../../../shared/gap/direction.ts";
import type { Direction } from "../../../shared/gap/gap-types.ts";
import type { UserTargetInput } from "../../../shared/protocol/methods-gap.ts";

/** Years a roadmap target may name: wide enough for any baseline and for 2040 horizons. */
export const TARGET_YEAR_MIN = 1990;
export const TARGET_YEAR_MAX = 2100;

/** Ids a user target may take (shown in tables and charts, so short and plain). */
export const USER_TARGET_ID = /^[A-Za-z][A-Za-z0-9_.-]{0,39}$/;

/** What the checks need to know about the workspace's tables. */
export interface TargetLookups {
  unitExists(unitId: string): boolean;
  indicatorExists(indicatorId: string): boolean;
  frameworkExists(frameworkId: string): boolean;
}

/** A user target as stored: trimmed, empty texts as null, direction and target complete. */
export interface CheckedUserTarget {
  readonly programme: string | null;
  readonly frameworkId: string | null;
  readonly indicatorId: string | null;
  readonly unitScope: string;
  readonly baselineValue: number | null;
  readonly baselineYear: number | null;
  readonly targetValue: number;
  readonly targetYear: number;
  readonly direction: Direction;
  readonly targetText: string | null;
  readonly unit: string | null;
  readonly note: string | null;
}

export type TargetCheck =
  | { readonly ok: true; readonly target: CheckedUserTarget }
  | { readonly ok: false; readonly problems: readonly string[] };

const blankToNull = (s: string | null): string | null => (s === null || s.trim() === "" ? null : s.trim());

function yearProblem(column: string, year: number): string | null {
  if (!Number.isInteger(year)) return `${column} ${year} is not a whole year`;
  if (year < TARGET_YEAR_MIN || year > TARGET_YEAR_MAX) {
    return `${column} ${year} is outside ${TARGET_YEAR_MIN}-${TARGET_YEAR_MAX}`;
  }
  return null;
}

/**
 * Checks a user target: either the target as it is stored, or every problem, each naming the
 * column (as in table targets) it is about.
 */
export function checkUserTarget(input: UserTargetInput, lookups: TargetLookups): TargetCheck {
  const problems: string[] = [];
  const add = (p: string | null) => {
    if (p !== null) problems.push(p);
  };
  if (input.targetId !== undefined && !USER_TARGET_ID.test(input.targetId)) {
    add(`target_id "${input.targetId}" must start with a letter and hold up to 40 letters, digits, _ . or -`);
  }
  const unit = input.unitScope.trim();
  if (unit === "") add("unit_scope is empty: say which unit (district, city, oblast, kg) the target is for");
  else if (!lookups.unitExists(unit)) add(`unit_scope "${unit}" is not in table units`);
  const indicator = input.indicatorId?.trim() ?? "";
  if (indicator !== "" && !lookups.indicatorExists(indicator)) {
    add(`indicator_id "${indicator}" is not in table indicators`);
  }
  const framework = input.frameworkId?.trim() ?? "";
  if (framework !== "" && !lookups.frameworkExists(framework)) {
    add(`framework_id "${framework}" is not in table framework`);
  }
  const direction = parseDirection(input.direction);
  if (direction === null) add(`direction "${input.direction}" must be "higher" or "lower"`);

  const { targetValue, targetYear, baselineValue, baselineYear } = input;
  if (targetValue === null || !Number.isFinite(targetValue)) add("target_value must be a number");
  if (targetYear === null) add("target_year is empty");
  else add(yearProblem("target_year", targetYear));
  if ((baselineValue === null) !== (baselineYear === null)) {
    add("baseline_value and baseline_year go together: give both or neither");
  }
  if (baselineValue !== null && !Number.isFinite(baselineValue)) add("baseline_value must be a number");
  if (baselineYear !== null) {
    add(yearProblem("baseline_year", baselineYear));
    if (targetYear !== null && baselineYear >= targetYear) {
      add(`target_year ${targetYear} must come after baseline_year ${baselineYear}`);
    }
  }
  if (direction !== null && baselineValue !== null && targetValue !== null) {
    const ahead = direction === "higher" ? targetValue > baselineValue : targetValue < baselineValue;
    if (!ahead) {
      add(
        `target_value ${targetValue} must be ${direction === "higher" ? "above" : "below"} baseline_value ${baselineValue} when ${direction} is better`,
      );
    }
  }
  if (problems.length > 0 || direction === null || targetValue === null || targetYear === null) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    target: {
      programme: blankToNull(input.programme),
      frameworkId: blankToNull(framework),
      indicatorId: blankToNull(indicator),
      unitScope: unit,
      baselineValue,
      baselineYear,
      targetValue,
      targetYear,
      direction,
      targetText: blankToNull(input.targetText),
      unit: blankToNull(input.unit),
      note: blankToNull(input.note),
    },
  };
}
