import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LOCALE_STORAGE_KEY, useLocale } from "../../../renderer/src/i18n/locale-store.ts";
import { en, type StringKey } from "../../../renderer/src/i18n/strings-en.ts";
import { ru } from "../../../renderer/src/i18n/strings-ru.ts";
import { t } from "../../../renderer/src/i18n/t.ts";

/** Values that are a product, format or method name or a code, the same in both languages. */
const SAME_IN_RUSSIAN: ReadonlySet<StringKey> = new Set<StringKey>([
  "app.title",
  "cell.kind.sql",
  "cell.runHint",
  "cell.cancelHint",
  "grid.null",
  "report.format.pdf",
  "chart.tab.json",
  "chart.json.invalid",
  "chart.json.placeholder",
  "chart.export.png",
  "chart.channel.x",
  "chart.channel.y",
  "chart.filter.hint.oneOf",
  "gap.method.eurostat",
  "gap.method.escap",
]);

const keys = Object.keys(en) as StringKey[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** Symbols and placeholders only ("—", "≤", "{n} / {total}"): nothing to translate. */
const hasNoWords = (text: string) => !/\p{L}/u.test(text.replace(/\{\w+\}/g, ""));

/** A Storage held in memory, standing in for the browser's localStorage. */
function memoryStorage(initial: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(initial));
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  };
}

describe("Russian UI strings", () => {
  it("has the same keys as English", () => {
    expect(Object.keys(ru).sort()).toEqual([...keys].sort());
  });

  it("translates every key, keeping its placeholders", () => {
    // One test over all keys, listing every key that fails, rather than one test a key.
    const problems = keys.flatMap((key) => {
      const english = en[key];
      const russian = ru[key];
      if (russian.trim() === "") return [`${key}: empty`];
      if (placeholders(russian).join() !== placeholders(english).join())
        return [`${key}: placeholders ${placeholders(russian)} instead of ${placeholders(english)}`];
      if (SAME_IN_RUSSIAN.has(key) || hasNoWords(english)) return [];
      if (russian === english) return [`${key}: still English`];
      return /\p{Script=Cyrillic}/u.test(russian) ? [] : [`${key}: no Cyrillic`];
    });
    expect(problems).toEqual([]);
  });

  it("allows only existing keys to stay English", () => {
    for (const key of SAME_IN_RUSSIAN) expect(keys).toContain(key);
  });
});

describe("switching the UI language", () => {
  beforeEach(() => vi.stubGlobal("localStorage", memoryStorage()));
  afterEach(() => {
    useLocale.getState().setLocale("en");
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it("t() answers in Russian after switching and in English after switching back", () => {
    expect(t("catalog.rows", { count: 5 })).toBe("5 rows");
    useLocale.getState().setLocale("ru");
    expect(t("catalog.rows", { count: 5 })).toBe("строк: 5");
    expect(t("notebook.title")).toBe("Блокнот");
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe("ru");
    useLocale.getState().setLocale("en");
    expect(t("notebook.title")).toBe("Notebook");
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe("en");
  });

  it("starts in the stored language", async () => {
    vi.stubGlobal("localStorage", memoryStorage({ [LOCALE_STORAGE_KEY]: "ru" }));
    vi.resetModules();
    const fresh = await import("../../../renderer/src/i18n/t.ts");
    expect(fresh.t("catalog.title")).toBe("Таблицы");
  });

  it("falls back to English for an unknown stored language", async () => {
    vi.stubGlobal("localStorage", memoryStorage({ [LOCALE_STORAGE_KEY]: "de" }));
    vi.resetModules();
    const fresh = await import("../../../renderer/src/i18n/t.ts");
    expect(fresh.t("catalog.title")).toBe("Tables");
  });

  it("falls back to English and still switches when storage throws", async () => {
    const broken = memoryStorage();
    broken.getItem = () => {
      throw new Error("SecurityError: storage is disabled");
    };
    broken.setItem = broken.getItem;
    vi.stubGlobal("localStorage", broken);
    vi.resetModules();
    const store = await import("../../../renderer/src/i18n/locale-store.ts");
    const fresh = await import("../../../renderer/src/i18n/t.ts");
    expect(fresh.t("catalog.title")).toBe("Tables");
    store.useLocale.getState().setLocale("ru");
    expect(fresh.t("catalog.title")).toBe("Таблицы");
  });
});
