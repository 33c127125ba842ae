import { create } from "zustand";

export const UI_LOCALES = ["en", "ru"] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

export const LOCALE_STORAGE_KEY = "osh-workbench.locale";

/** The stored choice, or English when there is none, it is unknown, or storage is unavailable. */
function storedLocale(): UiLocale {
  try {
    const value = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    return UI_LOCALES.find((l) => l === value) ?? "en";
  } catch {
    // Storage can be disabled (private mode, sandboxed page): the UI still works in English.
    return "en";
  }
}

function remember(locale: UiLocale): void {
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not remembered across reloads, but the switch itself still applies.
  }
}

interface LocaleState {
  /** The language of the UI strings, and of the chart cells' number and date formats. */
  locale: UiLocale;
  setLocale(locale: UiLocale): void;
}

/** The UI language, read once from storage at start and kept there when the user changes it. */
export const useLocale = create<LocaleState>()((set) => ({
  locale: storedLocale(),
  setLocale: (locale) => {
    const known = UI_LOCALES.find((l) => l === locale) ?? "en";
    remember(known);
    set({ locale: known });
  },
}));
