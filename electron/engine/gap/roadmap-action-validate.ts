import {
  ACTION_STATUSES,
  type ActionStatus,
  type RoadmapActionInput,
} from "../../../shared/protocol/methods-gap.ts";

export const ACTION_ID = /^[A-Za-z][A-Za-z0-9_.-]{0,39}$/;

/** An action as stored: trimmed, owner null when empty, targets without repeats. */
export interface CheckedAction {
  readonly title: string;
  readonly owner: string | null;
  readonly start: string;
  readonly end: string;
  readonly targetIds: readonly string[];
  readonly status: ActionStatus;
}

export type ActionCheck =
  | { readonly ok: true; readonly action: CheckedAction }
  | { readonly ok: false; readonly problems: readonly string[] };

/** A calendar date written YYYY-MM-DD that exists (no 31 April). */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function isStatus(s: string): s is ActionStatus {
  return (ACTION_STATUSES as readonly string[]).includes(s);
}

/** Checks a roadmap action; every problem names its field. */
export function checkAction(input: RoadmapActionInput, targetExists: (id: string) => boolean): ActionCheck {
  const problems: string[] = [];
  if (input.actionId !== undefined && !ACTION_ID.test(input.actionId)) {
    problems.push(
      `action_id "${input.actionId}" must start with a letter and hold up to 40 letters, digits, _ . or -`,
    );
  }
  const title = input.title.trim();
  if (title === "") problems.push("title is empty");
  const start = input.start.trim();
  const end = input.end.trim();
  if (!isIsoDate(start)) problems.push(`start "${input.start}" is not a date written YYYY-MM-DD`);
  if (!isIsoDate(end)) problems.push(`end "${input.end}" is not a date written YYYY-MM-DD`);
  if (isIsoDate(start) && isIsoDate(end) && end < start) {
    problems.push(`end ${end} is before start ${start}`);
  }
  const status = input.status.trim();
  if (!isStatus(status))
    problems.push(`status "${input.status}" must be one of ${ACTION_STATUSES.join(", ")}`);
  const targetIds = [...new Set(input.targetIds.map((id) => id.trim()).filter((id) => id !== ""))];
  const unknown = targetIds.filter((id) => !targetExists(id));
  if (unknown.length > 0) problems.push(`target_ids ${unknown.join(", ")} not in table targets`);
  if (problems.length > 0 || !isStatus(status)) return { ok: false, problems };
  const owner = input.owner?.trim() || null;
  return { ok: true, action: { title, owner, start, end, targetIds, status } };
}
