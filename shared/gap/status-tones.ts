import {
  STATUS_TONE_FILL,
  STATUS_TONE_TEXT,
  type StatusEntry,
  type StatusTone,
} from "../charts/presets/status-palette.ts";
import type { GapStatusKey } from "./gap-label-strings-en.ts";
import type { GapText } from "./gap-strings-en.ts";
import type { GapStatus, MethodId, StatusByMethod } from "./gap-types.ts";
import { METHOD_DOCS } from "./method-docs.ts";

/** The shapes StatusIcon draws; each status has one, so status never rests on colour alone. */
export type StatusGlyph =
  | "check"
  | "arrowUp"
  | "arrowUpRight"
  | "arrowRight"
  | "arrowDown"
  | "sun"
  | "sunCloud"
  | "cloud"
  | "storm"
  | "question"
  | "dash";

interface StatusLook {
  readonly tone: StatusTone;
  readonly glyph: StatusGlyph;
}

const LOOKS: { readonly [M in MethodId]: { readonly [S in StatusByMethod[M]]: StatusLook } } = {
  eurostat: {
    target_met: { tone: "best", glyph: "check" },
    significant_progress: { tone: "good", glyph: "arrowUp" },
    moderate_progress: { tone: "fair", glyph: "arrowUpRight" },
    insufficient_progress: { tone: "poor", glyph: "arrowRight" },
    moving_away: { tone: "worst", glyph: "arrowDown" },
    insufficient_data: { tone: "none", glyph: "question" },
    not_assessable: { tone: "none", glyph: "dash" },
  },
  escap: {
    target_met: { tone: "best", glyph: "check" },
    maintain_progress: { tone: "good", glyph: "arrowUp" },
    accelerate_progress: { tone: "fair", glyph: "arrowUpRight" },
    reverse_trend: { tone: "worst", glyph: "arrowDown" },
    insufficient_data: { tone: "none", glyph: "question" },
    not_assessable: { tone: "none", glyph: "dash" },
  },
  german: {
    target_met: { tone: "best", glyph: "check" },
    sun: { tone: "good", glyph: "sun" },
    slightly_cloudy: { tone: "fair", glyph: "sunCloud" },
    cloudy: { tone: "poor", glyph: "cloud" },
    thunderstorm: { tone: "worst", glyph: "storm" },
    insufficient_data: { tone: "none", glyph: "question" },
    not_assessable: { tone: "none", glyph: "dash" },
  },
};

export function statusLook(method: MethodId, status: GapStatus): StatusLook {
  const looks = LOOKS[method] as Readonly<Record<string, StatusLook>>;
  return looks[status] ?? { tone: "none", glyph: "question" };
}

/** A status's name in the caller's language (see GAP_LABEL_STRINGS_EN); an unknown status as it is. */
export function statusLabel(method: MethodId, status: GapStatus, text: GapText): string {
  const known = status in (METHOD_DOCS[method].categories as object);
  return known ? text(`gap.status.${method}.${status}` as GapStatusKey) : status;
}

export function statusRule(method: MethodId, status: GapStatus): string {
  const categories = METHOD_DOCS[method].categories as Readonly<Record<string, { rule: string }>>;
  return categories[status]?.rule ?? "";
}

export function toneColors(tone: StatusTone): { background: string; color: string } {
  return { background: STATUS_TONE_FILL[tone], color: STATUS_TONE_TEXT[tone] };
}

/** Assessed but not on track: an action linked to such a target is highlighted. */
export function isLagging(method: MethodId, status: GapStatus): boolean {
  const { tone } = statusLook(method, status);
  return tone === "fair" || tone === "poor" || tone === "worst";
}

/**
 * The statuses a chart colours, best first: the assessed ones. "Insufficient data" and "not
 * assessable" stay grey cells without a legend entry (the subtitle says so).
 */
export function assessedStatusEntries(method: MethodId, text: GapText): StatusEntry[] {
  return Object.keys(METHOD_DOCS[method].categories)
    .map((id) => ({
      id,
      label: statusLabel(method, id as GapStatus, text),
      tone: statusLook(method, id as GapStatus).tone,
    }))
    .filter((e) => e.tone !== "none");
}
