import { CatalogSidebar } from "../catalog/CatalogSidebar.tsx";
import { t } from "../i18n/t.ts";
import { Notebook } from "../notebook/Notebook.tsx";
import { useWorkbench } from "../store/workbench-store.ts";
import { ErrorBoundary } from "./ErrorBoundary.tsx";

export function App() {
  const connection = useWorkbench((s) => s.connection);
  return (
    <div className="app">
      <header className="app-header">
        <h1>{t("app.title")}</h1>
        <span className="muted">{t("app.subtitle")}</span>
      </header>
      {connection.status === "connecting" && <p className="banner">{t("connection.connecting")}</p>}
      {connection.status === "failed" && (
        <p className="banner error" role="alert">
          {connection.message}
        </p>
      )}
      {connection.status === "ready" && (
        <div className="app-body">
          <ErrorBoundary>
            <CatalogSidebar />
          </ErrorBoundary>
          <ErrorBoundary>
            <Notebook />
          </ErrorBoundary>
        </div>
      )}
    </div>
  );
}
