import os from "node:os";
import path from "node:path";

const APP_FOLDER = "osh-ict-workbench";

/** The user's data folder for this app, by OS convention; the default workspace lives there. */
export function defaultWorkspaceDir(): string {
  const home = os.homedir();
  switch (process.platform) {
    case "win32":
      return path.join(process.env.APPDATA ?? path.join(home, "AppData", "Roaming"), APP_FOLDER, "workspace");
    case "darwin":
      return path.join(home, "Library", "Application Support", APP_FOLDER, "workspace");
    default:
      return path.join(
        process.env.XDG_DATA_HOME ?? path.join(home, ".local", "share"),
        APP_FOLDER,
        "workspace",
      );
  }
}
