import type { FrameworkRow } from "./bundled-rows.ts";
import type { CsvRecord } from "./csv-text.ts";
import type { SourceRegistry } from "./source-registry.ts";

export const FRAMEWORK_FILE = "taza_koom_framework.csv";

const KINDS = new Set<FrameworkRow["kind"]>(["goal", "task", "subtask", "principle"]);

/** The programme text is a seed file of the project, not a web page with a recorded URL. */
export function registerTazaKoomSource(sources: SourceRegistry): string {
  return sources.addFixed({
    source_id: "taza_koom_programme_text",
    publisher: "Government of the Kyrgyz Republic",
    title:
      "About a program of digital transformation of the Kyrgyz Republic Taza Koom (official English text)",
    url: null,
    retrieved: null,
    licence: "not stated (government programme text)",
    note: "Programme text held in the project's seed files (taza-koom-programme-en.txt, plus a machine translation); original URL not recorded. Goal 5 appears in the official English version only.",
  });
}

/** Short name = the label before its parenthesised detail; the full label is the description. */
function shortName(label: string): string {
  const cut = label.indexOf(" (");
  return cut > 0 ? label.slice(0, cut) : label;
}

export function mapFramework(records: CsvRecord[], sourceId: string): FrameworkRow[] {
  return records.map((rec, index) => {
    const where = `${FRAMEWORK_FILE}: data row ${index + 1} (${rec.id})`;
    const kind = rec.level as FrameworkRow["kind"];
    if (!KINDS.has(kind))
      throw new Error(`${where}: level "${rec.level}" is not goal/task/subtask/principle`);
    const id = rec.id ?? "";
    const label = rec.label_en ?? "";
    return {
      framework_id: id,
      kind,
      parent_id: rec.parent || null,
      number: id.replace(/^[A-Z]+/, ""),
      name_en: shortName(label),
      name_ru: rec.label_ru ?? "",
      name_ky: rec.label_ky ?? "",
      description_en: `${label} [${rec.source}]`,
      source_id: sourceId,
    };
  });
}
