/**
 * Builds the bundled tables in datasets/osh/ from the compiled research files.
 * Run: npx tsx datasets/build/build-datasets.ts /work/shared/data
 * The output is deterministic (no timestamps), so an unchanged input gives the same hash and
 * the engine skips reloading.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  BUNDLED_SCHEMAS,
  BUNDLED_TABLE_NAMES,
  type BundledManifest,
  type BundledTableName,
  type ManifestTable,
} from "../../electron/engine/datasets/bundled-schema.ts";
import type { IndicatorRow, ObservationRow } from "./bundled-rows.ts";
import { mapCompiledFile, type NameMapping } from "./compiled-rows.ts";
import { type CsvCell, type CsvRecord, formatCsv, parseCsv } from "./csv-text.ts";
import { FRAMEWORK_FILE, mapFramework, registerTazaKoomSource } from "./framework-rows.ts";
import { NSC_INDICATORS } from "./indicator-catalog.ts";
import { ICT_INDICATORS, ICT_NAME_MAP, POPULATION_INDICATORS } from "./indicator-catalog-compiled.ts";
import { mapNscSdg } from "./nsc-sdg-rows.ts";
import { SourceRegistry } from "./source-registry.ts";
import { mapTargets } from "./target-rows.ts";
import { mapUnits, UNITS_FILE } from "./unit-rows.ts";

const DATASET_ID = "osh_ict_bundled";
const ICT_FILE = "ict_indicators_regional.csv";
const POPULATION_FILE = "population.csv";
const TARGETS_FILE = "targets.csv";
const SEED_TARGETS_FILE = "targets_from_seeds.csv";
const NSC_FILE = "nsc_sdg_regional.csv";
const INPUT_FILES = [
  UNITS_FILE,
  NSC_FILE,
  ICT_FILE,
  POPULATION_FILE,
  FRAMEWORK_FILE,
  TARGETS_FILE,
  SEED_TARGETS_FILE,
];

const TABLE_TEXT: Record<BundledTableName, { title: string; description: string }> = {
  sources: {
    title: "Sources",
    description:
      "One row per distinct source (URL or URL combination, or seed text) of the bundled figures: publisher, title, licence as known.",
  },
  units: {
    title: "Territorial units",
    description:
      "Kyrgyzstan, its oblasts and the cities of Bishkek and Osh, the 7 districts of Osh oblast and its towns; names in English, Russian and Kyrgyz, coordinates and areas where sourced.",
  },
  indicators: {
    title: "Indicators",
    description:
      "Indicator dictionary: unit of the values, definition (population, age range, basis), better direction, link to the Taza Koom framework.",
  },
  observations: {
    title: "Observations (real statistics)",
    description:
      "Every bundled figure, one row per unit, indicator, year and disaggregation (sex, location, age, breakdown; 'total' when not disaggregated), value as sourced with its source and note.",
  },
  framework: {
    title: "Taza Koom framework",
    description:
      "Goals, strategic tasks, subtasks and principles of the Taza Koom digital transformation programme.",
  },
  targets: {
    title: "Quantified targets",
    description:
      "Quantified targets of Taza Koom, Digital Kyrgyzstan, Digital CASA, EU projects and Osh projects as published, linked (editorially) to framework items and indicators.",
  },
};

/** Regional groupings used by one media survey; they fit no unit type of the bundled model. */
const UNBUNDLED_UNITS = new Set(["kg_north", "kg_south"]);
const NSC_REPO_MARKER = "github.com/sdg-kyrgyzstan/open-sdg-data-starter/";

function readCsv(dir: string, file: string): CsvRecord[] {
  const full = path.join(dir, file);
  if (!fs.existsSync(full)) throw new Error(`${full}: input file not found`);
  return parseCsv(fs.readFileSync(full, "utf8"), file);
}

function sha256(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

function obsKey(o: ObservationRow): string {
  return [o.unit_id, o.indicator_id, o.year, o.sex, o.location, o.age, o.breakdown].join("|");
}

/** The most frequent source of an indicator's observations: where its definition comes from. */
function assignIndicatorSources(indicators: IndicatorRow[], observations: ObservationRow[]): void {
  const counts = new Map<string, Map<string, number>>();
  for (const o of observations) {
    const perIndicator = counts.get(o.indicator_id) ?? new Map<string, number>();
    perIndicator.set(o.source_id, (perIndicator.get(o.source_id) ?? 0) + 1);
    counts.set(o.indicator_id, perIndicator);
  }
  for (const ind of indicators) {
    const entries = [...(counts.get(ind.indicator_id) ?? new Map<string, number>()).entries()];
    entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    ind.source_id = entries[0]?.[0] ?? null;
  }
}

function compareObservations(a: ObservationRow, b: ObservationRow): number {
  return (
    a.indicator_id.localeCompare(b.indicator_id) ||
    a.unit_id.localeCompare(b.unit_id) ||
    (a.year ?? -1) - (b.year ?? -1) ||
    a.sex.localeCompare(b.sex) ||
    a.location.localeCompare(b.location) ||
    a.age.localeCompare(b.age) ||
    a.breakdown.localeCompare(b.breakdown) ||
    a.source_id.localeCompare(b.source_id) ||
    a.value - b.value
  );
}

/** The repository lints JSON with Biome; formatting here keeps a fresh build lint-clean. */
function formatWithBiome(file: string): void {
  const biome = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../node_modules/.bin/biome");
  if (!fs.existsSync(biome)) {
    console.log(`  note: ${biome} not found; run "npx biome format --write ${file}" before committing`);
    return;
  }
  execFileSync(biome, ["format", "--write", file], { stdio: "ignore" });
}

function main(): void {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error("usage: npx tsx datasets/build/build-datasets.ts <compiled data dir>");
  const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../osh");
  const sources = new SourceRegistry();

  const units = mapUnits(readCsv(dataDir, UNITS_FILE), sources);
  const knownUnits = new Set(units.map((u) => u.unit_id));
  const nsc = mapNscSdg(readCsv(dataDir, NSC_FILE), sources, knownUnits);

  // Same figure, same NSC publication: the ICT file repeats part of the SDG repository.
  const nscValues = new Map<string, number[]>();
  for (const o of nsc.observations) {
    const key = [o.unit_id, o.indicator_id, o.year, o.sex, o.location].join("|");
    nscValues.set(key, [...(nscValues.get(key) ?? []), o.value]);
  }
  const ict = mapCompiledFile(
    {
      file: ICT_FILE,
      names: (name, unit): NameMapping => {
        if (name === "tunduk_connected_state_bodies") {
          return {
            indicator:
              unit === "government agencies"
                ? "tunduk_connected_government_agencies"
                : "tunduk_connected_ministries_departments",
          };
        }
        return ICT_NAME_MAP[name] ?? { indicator: name };
      },
      specs: [...ICT_INDICATORS, ...NSC_INDICATORS],
      exclude: (rec) =>
        UNBUNDLED_UNITS.has(rec.unit_id ?? "")
          ? `unit ${rec.unit_id} (regional grouping of a 2017 media survey) fits no unit type`
          : null,
      duplicateOf: (row, rec) => {
        if (!(rec.source_url ?? "").includes(NSC_REPO_MARKER)) return false;
        const key = [row.unit_id, row.indicator_id, row.year, row.sex, row.location].join("|");
        const match = (nscValues.get(key) ?? []).some((v) => v === row.value);
        if (!match)
          throw new Error(
            `${ICT_FILE}: ${key} = ${row.value} comes from the NSC repository but is not in ${NSC_FILE}`,
          );
        return true;
      },
    },
    readCsv(dataDir, ICT_FILE),
    sources,
    knownUnits,
  );
  const population = mapCompiledFile(
    {
      file: POPULATION_FILE,
      names: (name): NameMapping => {
        const located = /^population_(urban|rural)_(census(?:_resident|_de_facto)?)$/.exec(name);
        if (located)
          return { indicator: `population_${located[2]}`, location: located[1] as "urban" | "rural" };
        if (name === "population_estimate_approx")
          return { indicator: "population_estimate", qualifier: "~" };
        if (name === "population") return { indicator: "population_unspecified" };
        return { indicator: name };
      },
      specs: POPULATION_INDICATORS,
    },
    readCsv(dataDir, POPULATION_FILE),
    sources,
    knownUnits,
  );

  const observations = [...nsc.observations, ...ict.observations, ...population.observations].sort(
    compareObservations,
  );
  const indicatorById = new Map<string, IndicatorRow>();
  for (const ind of [...nsc.indicators, ...ict.indicators, ...population.indicators]) {
    if (!indicatorById.has(ind.indicator_id)) indicatorById.set(ind.indicator_id, ind);
  }
  const indicators = [...indicatorById.values()].sort((a, b) => a.indicator_id.localeCompare(b.indicator_id));
  assignIndicatorSources(indicators, observations);

  const frameworkSource = registerTazaKoomSource(sources);
  const framework = mapFramework(readCsv(dataDir, FRAMEWORK_FILE), frameworkSource);
  const knownIndicators = new Set(indicators.map((i) => i.indicator_id));
  const targets = [
    ...mapTargets(TARGETS_FILE, readCsv(dataDir, TARGETS_FILE), sources, knownIndicators),
    ...mapTargets(SEED_TARGETS_FILE, readCsv(dataDir, SEED_TARGETS_FILE), sources, knownIndicators),
  ];

  const tables: Record<BundledTableName, ReadonlyArray<object>> = {
    sources: sources.all(),
    units,
    indicators,
    observations,
    framework,
    targets,
  };

  fs.mkdirSync(outDir, { recursive: true });
  const hash = createHash("sha256");
  const manifestTables: ManifestTable[] = [];
  for (const name of BUNDLED_TABLE_NAMES) {
    const schema = BUNDLED_SCHEMAS[name];
    const rows = tables[name] as ReadonlyArray<Record<string, CsvCell>>;
    const text = formatCsv(
      schema.columns.map((c) => c.name),
      rows,
    );
    const file = `${name}.csv`;
    fs.writeFileSync(path.join(outDir, file), text, "utf8");
    hash.update(`${file}\n`).update(text);
    const sourceIds = [...new Set(rows.map((r) => String(r.source_id ?? "")))];
    manifestTables.push({
      table: name,
      file,
      ...TABLE_TEXT[name],
      rows: rows.length,
      source_ids: sourceIds.filter((s) => s !== "").sort(),
      columns: [...schema.columns],
    });
  }

  const manifest: BundledManifest = {
    dataset_id: DATASET_ID,
    title: "Osh ICT Workbench bundled data (real statistics)",
    description:
      "Official and published figures on ICT, population and development for Kyrgyzstan, its oblasts, Osh oblast's districts and Osh city, with the Taza Koom framework and quantified targets. Every row links to its source. See datasets/README.md.",
    synthetic: false,
    content_hash: hash.digest("hex"),
    generated_by: "datasets/build/build-datasets.ts",
    inputs: INPUT_FILES.map((file) => ({ file, sha256: sha256(fs.readFileSync(path.join(dataDir, file))) })),
    tables: manifestTables,
  };
  const manifestPath = path.join(outDir, "manifest.json");
  fs.writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`, "utf8");
  formatWithBiome(manifestPath);

  const dupKeys = new Map<string, number>();
  for (const o of observations) dupKeys.set(obsKey(o), (dupKeys.get(obsKey(o)) ?? 0) + 1);
  const multi = [...dupKeys.entries()].filter(([, n]) => n > 1);
  console.log(`wrote ${outDir}`);
  for (const t of manifestTables) console.log(`  ${t.file}: ${t.rows} rows`);
  console.log(`  ICT rows already in ${NSC_FILE} (dropped): ${ict.duplicates}`);
  for (const e of [...ict.excluded, ...population.excluded])
    console.log(`  left out row ${e.row}: ${e.reason}`);
  console.log(`  keys with several values (reported by the data check): ${multi.length}`);
  console.log(`  content hash ${manifest.content_hash}`);
}

main();
