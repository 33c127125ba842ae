import type { Direction, TargetRow } from "./bundled-rows.ts";
import type { CsvRecord } from "./csv-text.ts";
import { parsePrintedValue } from "./printed-value.ts";
import type { SourceRegistry } from "./source-registry.ts";

/**
 * Links of each compiled target to the Taza Koom framework and to a bundled indicator. No
 * source states these links: they are editorial (framework_link_basis = 'editorial') and
 * listed here so a reviewer can see and change them in one place.
 */
const TARGET_LINKS: Record<
  string,
  { framework?: string; indicator?: string; direction?: Direction; why?: string }
> = {
  T01: { framework: "T2.3" },
  T02: { framework: "T2.3" },
  T03: {
    framework: "T3.1",
    indicator: "egdi_rank",
    direction: "lower",
    why: "A rank: lower is better.",
  },
  T04: { framework: "T3.1" },
  T07: { framework: "T1.1" },
  T08: { framework: "T1.1" },
  T09: {
    framework: "T1.1",
    indicator: "internet_users_pct_itu",
    why: "Compared with the ITU all-ages series; the target uses the project's own penetration definition.",
  },
  T10: { framework: "T1.1" },
  T11: { framework: "T1.1" },
  T13: { framework: "T2.3" },
  T14: { framework: "T2.3" },
  S01: { framework: "T2.3" },
  S02: { framework: "T3.1" },
  S03: { framework: "T1.2" },
};

const SCOPES: Record<string, string> = { national: "kg", osh_oblast: "osh_oblast", osh_city: "osh_city" };

function optionalNumber(text: string | undefined, where: string): number | null {
  if (text === undefined || text.trim() === "") return null;
  return Number(parsePrintedValue(text, where).digits);
}

function optionalYear(text: string | undefined): number | null {
  return text === undefined || text.trim() === "" ? null : Number.parseInt(text, 10);
}

export function mapTargets(
  file: string,
  records: CsvRecord[],
  sources: SourceRegistry,
  knownIndicators: Set<string>,
): TargetRow[] {
  return records.map((rec, index): TargetRow => {
    const id = rec.target_id ?? "";
    const where = `${file}: data row ${index + 1} (${id})`;
    const link = TARGET_LINKS[id] ?? {};
    if (link.indicator && !knownIndicators.has(link.indicator)) {
      throw new Error(`${where}: linked indicator ${link.indicator} is not bundled`);
    }
    const scope = SCOPES[rec.scope ?? ""];
    if (!scope) throw new Error(`${where}: scope "${rec.scope}" is not national/osh_oblast/osh_city`);
    const direction = (rec.direction || link.direction || "higher") as Direction;
    const noteParts = [
      rec.source_note ?? "",
      link.indicator ? `Indicator link (editorial): ${link.why ?? link.indicator}` : "",
      link.indicator ? "" : `No bundled indicator measures '${rec.indicator}'.`,
    ];
    return {
      target_id: id,
      programme: rec.programme ?? "",
      framework_id: link.framework ?? null,
      indicator_id: link.indicator ?? null,
      unit_scope: scope,
      baseline_value: optionalNumber(rec.baseline_value, `${where} baseline_value`),
      baseline_year: optionalYear(rec.baseline_year),
      target_value: optionalNumber(rec.target_value, `${where} target_value`),
      target_year: optionalYear(rec.target_year),
      direction,
      source_id: sources.idForUrl(rec.source_url ?? "", where),
      is_user: false,
      note: noteParts.filter((p) => p !== "").join(" | "),
      goal_or_task: rec.goal_or_task ?? "",
      target_text: rec.indicator ?? "",
      unit: rec.unit ?? "",
      framework_link_basis: link.framework ? "editorial" : null,
      compiled_from: file,
    };
  });
}
