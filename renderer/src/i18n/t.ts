import { en, type StringKey } from "./strings-en.ts";

/** Looks up a UI string and fills its {placeholders}. */
export function t(key: StringKey, params: Record<string, string | number> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
