import { type UiLocale, useLocale } from "./locale-store.ts";
import { en, type StringKey } from "./strings-en.ts";
import { ru } from "./strings-ru.ts";

const TABLES: Record<UiLocale, { readonly [K in StringKey]: string }> = { en, ru };

/** Looks up a UI string in the current language and fills its {placeholders}. */
export function t(key: StringKey, params: Record<string, string | number> = {}): string {
  return TABLES[useLocale.getState().locale][key].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(params[name] ?? `{${name}}`),
  );
}
