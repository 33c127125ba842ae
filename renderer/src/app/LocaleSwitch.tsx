import { UI_LOCALES, type UiLocale, useLocale } from "../i18n/locale-store.ts";
import { t } from "../i18n/t.ts";

/** The EN / RU select in the header; the choice is kept for the next start. */
export function LocaleSwitch() {
  const locale = useLocale((s) => s.locale);
  const setLocale = useLocale((s) => s.setLocale);
  return (
    <label className="locale-switch" title={t("app.language.hint")}>
      <span>{t("app.language")}</span>
      <select
        value={locale}
        onChange={(e) => setLocale(e.target.value as UiLocale)}
        data-testid="locale-switch"
      >
        {UI_LOCALES.map((l) => (
          <option key={l} value={l}>
            {l.toUpperCase()}
          </option>
        ))}
      </select>
    </label>
  );
}
