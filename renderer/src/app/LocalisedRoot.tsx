import { useLayoutEffect } from "react";
import { useLocale } from "../i18n/locale-store.ts";
import { App } from "./App.tsx";
import { ErrorBoundary } from "./ErrorBoundary.tsx";

/**
 * The app, mounted afresh when the language changes: every component reads its texts through
 * `t()` while it renders (some inside memoised values), so a new mount is the one way that
 * reaches all of them. Notebook, results and dialogs live in the stores and survive it.
 */
export function LocalisedRoot() {
  const locale = useLocale((s) => s.locale);
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <ErrorBoundary key={locale}>
      <App />
    </ErrorBoundary>
  );
}
