import type { AssessmentFlag, MethodId, StatusByMethod } from "./gap-types.ts";
import { FLAG_DOCS, METHOD_DOCS } from "./method-docs.ts";

/** `gap.status.<method>.<status>`: a status's name as the scorecard, charts and slides show it. */
export type GapStatusKey = { [M in MethodId]: `gap.status.${M}.${StatusByMethod[M]}` }[MethodId];
/** `gap.flag.<flag>`: a flag's name. */
export type GapFlagKey = `gap.flag.${AssessmentFlag}`;

/**
 * The English names of statuses and flags, under string keys so that the UI's string tables can
 * translate them. The names themselves are written once, in the method docs (METHOD_DOCS, FLAG_DOCS).
 */
export const GAP_LABEL_STRINGS_EN = Object.fromEntries([
  ...Object.values(METHOD_DOCS).flatMap((doc) =>
    Object.entries(doc.categories as Readonly<Record<string, { label: string }>>).map(
      ([status, c]) => [`gap.status.${doc.id}.${status}`, c.label] as const,
    ),
  ),
  ...Object.entries(FLAG_DOCS).map(([flag, doc]) => [`gap.flag.${flag}`, doc.label] as const),
]) as { readonly [K in GapStatusKey | GapFlagKey]: string };
