import { CatalogSidebar } from "../catalog/CatalogSidebar.tsx";
import { t } from "../i18n/t.ts";
import { DropZone } from "../io/DropZone.tsx";
import { Notebook } from "../notebook/Notebook.tsx";
import { PresentationMode } from "../present/PresentationMode.tsx";
import { useUi } from "../store/ui-store.ts";
import { useWorkbench } from "../store/workbench-store.ts";
import { Dialogs } from "./Dialogs.tsx";
import { ErrorBoundary } from "./ErrorBoundary.tsx";
import { LocaleSwitch } from "./LocaleSwitch.tsx";

export function App() {
  const connection = useWorkbench((s) => s.connection);
  const openDialog = useUi((s) => s.openDialog);
  const presenting = useUi((s) => s.presenting);
  return (
    <div className="app">
      <header className="app-header">
        <h1>{t("app.title")}</h1>
        <span className="muted">{t("app.subtitle")}</span>
        <span className="spacer" />
        <LocaleSwitch />
        {connection.status === "ready" && (
          <button
            type="button"
            className="btn header-btn"
            onClick={() => openDialog({ kind: "import" })}
            data-testid="open-import"
          >
            {t("io.import.button")}
          </button>
        )}
      </header>
      {connection.status === "connecting" && <p className="banner">{t("connection.connecting")}</p>}
      {connection.status === "failed" && (
        <p className="banner error" role="alert">
          {connection.message}
        </p>
      )}
      {connection.status === "ready" && (
        <DropZone>
          <div className="app-body">
            <ErrorBoundary>
              <CatalogSidebar />
            </ErrorBoundary>
            <ErrorBoundary>
              <Notebook />
            </ErrorBoundary>
          </div>
          <ErrorBoundary>
            <Dialogs />
          </ErrorBoundary>
          {presenting && (
            <ErrorBoundary>
              <PresentationMode />
            </ErrorBoundary>
          )}
        </DropZone>
      )}
    </div>
  );
}
