import { TOTAL } from "./bundled-rows.ts";

/**
 * Compact labels for the NSC disaggregations, so that analysts can filter on `age = '15-28'`
 * instead of the codelist's full sentence. The working-age bands keep NSC's meaning (see
 * datasets/README.md): '16-62' / '29-62' = working age, '58+' = above working age.
 */

const AGE_CODE = /\[([A-Z0-9_]+)\]\s*$/;

function ageFromCode(code: string): string | null {
  let m = /^Y_GE(\d+)$/.exec(code);
  if (m) return `${m[1]}+`;
  m = /^Y(\d+)T(\d+)$/.exec(code);
  if (m) return `${m[1]}-${m[2]}`;
  m = /^Y(\d+)$/.exec(code);
  if (m) return `${m[1]}`;
  m = /^M(\d+)T(\d+)$/.exec(code);
  if (m) return `${m[1]}-${m[2]} months`;
  return null;
}

/** SDMX age code of a label, e.g. "15 years old and over [Y_GE15]" -> "Y_GE15". */
export function ageCode(label: string): string | null {
  return AGE_CODE.exec(label)?.[1] ?? null;
}

/** "15 to 28 years old [Y15T28]" -> "15-28"; a label equal to the indicator's universe -> 'total'. */
export function compactAge(label: string, universeCode: string | undefined, where: string): string {
  const text = label.trim();
  if (text === "" || text === TOTAL) return TOTAL;
  const code = ageCode(text);
  if (code !== null) {
    if (code === universeCode) return TOTAL;
    const compact = ageFromCode(code);
    if (compact) return compact;
  }
  const plain = /^(\d+) to (\d+) years old$/.exec(text);
  if (plain) return `${plain[1]}-${plain[2]}`;
  throw new Error(`${where}: age label "${label}" has no known form`);
}

const SKILL_PREFIX = "breakdown: Skill: ICT Skill: ";

/**
 * Other disaggregations stay as the compiled text ("quintile: Quintile 1 (poorest) [Q1]"),
 * with the two spellings of ICT skills unified and composite totals ([_T]) dropped.
 */
export function normaliseBreakdown(text: string): string {
  const parts = text
    .split("; ")
    .map((p) => p.trim())
    .filter((p) => p !== "" && !p.endsWith("[_T]"))
    .map((p) => (p.startsWith(SKILL_PREFIX) ? `skill: ${p.slice(SKILL_PREFIX.length)}` : p));
  return parts.length === 0 ? TOTAL : parts.join("; ");
}
