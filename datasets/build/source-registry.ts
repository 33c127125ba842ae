import { createHash } from "node:crypto";

/** One row of the bundled `sources` table. */
export interface SourceRow {
  source_id: string;
  publisher: string;
  title: string;
  url: string | null;
  retrieved: string | null;
  licence: string | null;
  note: string | null;
}

interface Publisher {
  name: string;
  licence: string;
}

const WIKIPEDIA: Publisher = {
  name: "Wikipedia (copy or mirror)",
  licence: "CC BY-SA (Wikipedia text licence)",
};
const NEWS_LICENCE = "not stated (news article; figures quoted as facts)";
const news = (name: string): Publisher => ({ name, licence: NEWS_LICENCE });
const OWID: Publisher = {
  name: "Our World in Data export of ITU / World Bank / UNESCO UIS data (copy in a public GitHub repository)",
  licence: "CC BY 4.0 (Our World in Data); the original data provider's terms also apply",
};
const NSC: Publisher = {
  name: "National Statistical Committee of the Kyrgyz Republic",
  licence: "not stated (official statistics)",
};

const NSC_SDG_REPO = "github.com/sdg-kyrgyzstan/open-sdg-data-starter/";
const NSC_SDG_COMMIT = "f35cf1cce24fdd99a09cb7603b299b7f888e6110";

/** Publisher by host, for every host that occurs in the compiled CSVs (checked in `publisherOf`). */
const PUBLISHERS: Record<string, Publisher> = {
  "github.com/sdg-kyrgyzstan": {
    name: "National Statistical Committee of the Kyrgyz Republic (Open SDG KG data repository)",
    licence: "not stated in the repository (official statistics)",
  },
  "github.com/WFP-VAM": {
    name: "OCHA / Ministry of Emergency Situations COD-AB (copy in WFP-VAM/prism-app)",
    licence: "not verified (HDX COD-AB datasets are usually CC BY-IGO)",
  },
  "github.com/Elysium8": OWID,
  "github.com/PilliSiddharth": OWID,
  "github.com/samarthRathi": OWID,
  "github.com/sberkayuguz": OWID,
  "stat.gov.kg": NSC,
  "www.stat.kg": NSC,
  "new.stat.kg": NSC,
  "elkattoo.stat.kg": {
    name: "National Statistical Committee (census site elkattoo.stat.kg)",
    licence: NSC.licence,
  },
  "osh.gov.kg": { name: "Osh oblast administration", licence: "not stated (government website)" },
  "digital.gov.kg": {
    name: "Ministry of Digital Development of the Kyrgyz Republic",
    licence: "not stated (government website)",
  },
  "www.invest.gov.kg": {
    name: "Investment Promotion Agency of the Kyrgyz Republic",
    licence: "not stated (government website)",
  },
  "kyrgyzstan.un.org": { name: "United Nations in Kyrgyzstan", licence: "not stated (UN website)" },
  "isoc.kg": { name: "Internet Society, Kyrgyz Chapter", licence: "not stated" },
  "kglabs.org": { name: "KG Labs Public Foundation", licence: "not stated" },
  "pdfslide.us": { name: "European Commission Action Document (copy on pdfslide.us)", licence: "not stated" },
  "9dok.net": { name: "study text (copy on 9dok.net; authors not visible)", licence: "not stated" },
  "datawrapper.dwcdn.net": { name: "Datawrapper chart (publisher not visible)", licence: "not stated" },
  "www.kyrgyzjer.com": { name: "Kyrgyzjer encyclopedia (kyrgyzjer.com)", licence: "not stated" },
  "212.24.105.57:9989": { name: "Kyrgyz encyclopedia wiki (copy)", licence: "not stated" },
  "kyrgyzstan.pl16.edu.kg": {
    name: "Kyrgyz Wikipedia text quoted on a school website",
    licence: WIKIPEDIA.licence,
  },
  "24.kg": news("24.kg news agency"),
  "kabar.kg": news("Kabar news agency"),
  "m.oananews.org": news("OANA (Kabar news agency via Organisation of Asia-Pacific News Agencies)"),
  "kazakh-tv.kz": news("Kazakh TV"),
  "en.kyrgyzmedia.com": news("Kyrgyzmedia"),
  "profit.kz": news("Profit.kz"),
  "rus.azattyk.org": news("Radio Azattyk (RFE/RL)"),
  "vb.kg": news("Vecherniy Bishkek"),
  "vb.kg.": news("Vecherniy Bishkek"),
  "daryo.uz": news("Daryo"),
  "himalayadiary.com": news("Himalaya Diary"),
  "kloop.kg": news("Kloop"),
  "kutbilim.kg": news("Kutbilim"),
  "timesca.com": news("The Times of Central Asia"),
  "www.web.inform.kz": news("Kazinform (citing the NSC brief statistical guide)"),
  "zaman.kg": news("Zaman"),
  "www.akchabar.kg": news("Akchabar"),
  "www.intellinews.com": news("bne IntelliNews"),
  "open.kg": news("Open.kg"),
  "mediazona.ca": news("Mediazona Central Asia"),
};

const WIKIPEDIA_HOSTS = [
  "asiantelephones.com",
  "de.knowledgr.com",
  "piglix.com",
  "wiki-org.ru",
  "wikimapia.org",
  "alem.dynip.sapo.pt",
  "dnhewrhegkli.shop",
  "en-academic.com",
  "en.wikipedia-on-ipfs.org",
  "en.wikipedia.org",
  "friendlywiki.com",
  "goodnames.eth.limo",
  "infogalactic.com",
  "mdsite.deno.dev",
  "n.global.ssl.fastly.net",
  "perceptiode.com",
  "pinocchiopedia.com",
  "sco.wikipedia.org",
  "mn.wikipedia.org",
  "wap.bdmobi.com",
  "wiki.richxsearch.com",
  "wikide.org",
  "wikipedia.jakami.de",
  "world.wikisort.org",
  "www.knowpia.com",
];

function hostKey(url: string): { host: string; key: string } {
  const parsed = new URL(url);
  const host = parsed.host;
  if (host === "github.com") {
    const owner = parsed.pathname.split("/")[1] ?? "";
    return { host, key: `github.com/${owner}` };
  }
  return { host, key: host };
}

function publisherOf(url: string): Publisher {
  const { host, key } = hostKey(url);
  if (WIKIPEDIA_HOSTS.includes(host)) return { ...WIKIPEDIA, name: `${WIKIPEDIA.name} at ${host}` };
  const found = PUBLISHERS[key];
  if (!found) throw new Error(`source URL ${url}: host "${key}" has no publisher in source-registry.ts`);
  return found;
}

function lastSegment(url: string): string {
  const parsed = new URL(url);
  const parts = parsed.pathname.split("/").filter((p) => p !== "");
  const tail = parts.at(-1) ?? parsed.host;
  const query = parsed.search.length > 1 ? ` ${parsed.search}` : "";
  let decoded = tail;
  try {
    decoded = decodeURIComponent(tail);
  } catch {
    // Some copied URLs carry a malformed escape; the raw segment is still a usable title.
  }
  return `${decoded.replaceAll("_", " ")}${query}`.trim();
}

function nscRepoPath(url: string): string | null {
  const marker = `${NSC_SDG_REPO}blob/${NSC_SDG_COMMIT}/`;
  const at = url.indexOf(marker);
  return at < 0 ? null : url.slice(at + marker.length);
}

function slug(text: string, max: number): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, max);
}

/**
 * Source ids are derived from the URL text so they stay the same from build to build:
 * NSC SDG repository files get a readable id (nsc_sdg_data_17_8_1_xml), everything else
 * host + 6 hex digits of the URL's SHA-1.
 */
function sourceIdFor(urlText: string): string {
  const single = urlText.split(" | ");
  const repoPath = single.length === 1 ? nscRepoPath(urlText) : null;
  if (repoPath) return `nsc_sdg_${slug(repoPath, 60)}`;
  const first = single[0] ?? urlText;
  const hash = createHash("sha1").update(urlText).digest("hex").slice(0, 6);
  const host = slug(new URL(first).host.replace(/^www\./, ""), 20);
  return `${host}${single.length > 1 ? "_multi" : ""}_${hash}`;
}

function rowFor(urlText: string): SourceRow {
  const urls = urlText.split(" | ").map((u) => u.trim());
  const publishers = urls.map(publisherOf);
  const repoPath = urls.length === 1 ? nscRepoPath(urlText) : null;
  const uniq = (xs: string[]) => [...new Set(xs)];
  if (repoPath) {
    return {
      source_id: sourceIdFor(urlText),
      publisher: publishers[0]?.name ?? "",
      title: `Open SDG KG data repository, file ${repoPath}`,
      url: urlText,
      retrieved: `repository commit ${NSC_SDG_COMMIT.slice(0, 7)} (15 Aug 2025)`,
      licence: publishers[0]?.licence ?? null,
      note: "Read through a stored copy of the public repository; see datasets/README.md for the extraction rules.",
    };
  }
  return {
    source_id: sourceIdFor(urlText),
    publisher: uniq(publishers.map((p) => p.name)).join("; "),
    title: urls.map((u, k) => `${publishers[k]?.name.split(" (")[0]}: ${lastSegment(u)}`).join(" | "),
    url: urlText,
    retrieved: null,
    licence: uniq(publishers.map((p) => p.licence)).join("; "),
    note:
      urls.length > 1
        ? "Several pages used for one row (URLs joined with ' | '). Stored copy; retrieval date not recorded."
        : "Stored copy found by search; retrieval date not recorded.",
  };
}

/** Collects the distinct sources the build meets and hands out their ids. */
export class SourceRegistry {
  private readonly rows = new Map<string, SourceRow>();
  private readonly idByUrl = new Map<string, string>();

  /** Registers a source given as the compiled CSV's `source_url` text; returns its id. */
  idForUrl(urlText: string, where: string): string {
    const text = urlText.trim();
    if (text === "") throw new Error(`${where}: source_url is empty`);
    const existing = this.idByUrl.get(text);
    if (existing) return existing;
    const row = rowFor(text);
    const clash = this.rows.get(row.source_id);
    if (clash) throw new Error(`${where}: source id ${row.source_id} already used for ${clash.url}`);
    this.rows.set(row.source_id, row);
    this.idByUrl.set(text, row.source_id);
    return row.source_id;
  }

  /** Registers a source that has no single URL in the compiled data (e.g. a seed text). */
  addFixed(row: SourceRow): string {
    this.rows.set(row.source_id, row);
    return row.source_id;
  }

  all(): SourceRow[] {
    return [...this.rows.values()].sort((a, b) => a.source_id.localeCompare(b.source_id));
  }
}

export const NSC_SDG_CODELIST_URL = `https://${NSC_SDG_REPO}blob/${NSC_SDG_COMMIT}/SDG_DSD.KG.xml`;
