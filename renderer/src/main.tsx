import "@fontsource/noto-sans/400.css";
import "@fontsource/noto-sans/700.css";
import "./styles.css";
import { createRoot } from "react-dom/client";
import { connectEngine, MissingTokenError } from "./api/connect-engine.ts";
import { LocalisedRoot } from "./app/LocalisedRoot.tsx";
import "./charts/register-chart-cell.ts";
import "./gaps/register-gap-cell.ts";
import { t } from "./i18n/t.ts";
import { useFiles } from "./store/notebook-files.ts";
import { useWorkbench } from "./store/workbench-store.ts";

createRoot(document.getElementById("root")!).render(<LocalisedRoot />);

connectEngine().then(
  async (client) => {
    await useWorkbench.getState().connected(client);
    await useFiles.getState().startup();
  },
  (e: unknown) =>
    useWorkbench
      .getState()
      .connectionFailed(
        e instanceof MissingTokenError
          ? t("connection.noToken")
          : t("connection.failed", { message: e instanceof Error ? e.message : String(e) }),
      ),
);
