import path from "node:path";
import { app, BrowserWindow, net, protocol, session } from "electron";
import { defaultWorkspaceDir } from "../engine/workspace-dir.ts";
import { contentSecurityPolicy } from "../web/content-security-policy.ts";
import { resolveStatic } from "../web/static-files.ts";
import { APP_HOST, APP_ORIGIN, APP_SCHEME, isTrustedUrl } from "./app-protocol.ts";
import { connectWindowToEngine, startEngineProcess } from "./engine-process.ts";
import { onIpc } from "./ipc-guard.ts";
import { lockedDownPreferences } from "./window-options.ts";

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const rendererDir = path.join(import.meta.dirname, "..", "..", "renderer");
const workspaceFlag = process.argv.indexOf("--workspace");
const workspaceDir = workspaceFlag > 0 ? process.argv[workspaceFlag + 1]! : defaultWorkspaceDir();

function serveRenderer(): void {
  const csp = contentSecurityPolicy(null);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const found = url.host === APP_HOST ? resolveStatic(rendererDir, url.pathname) : null;
    if (!found) return new Response("Not found", { status: 404 });
    const response = await net.fetch(`file://${found.file}`);
    const headers = new Headers(response.headers);
    headers.set("content-security-policy", csp);
    return new Response(response.body, { status: response.status, headers });
  });
}

function lockDownSessions(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on("web-contents-created", (_event, contents) => {
    contents.on("will-navigate", (event, url) => {
      if (!isTrustedUrl(url)) event.preventDefault();
    });
    contents.on("will-attach-webview", (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: "deny" }));
  });
}

app.whenReady().then(() => {
  serveRenderer();
  lockDownSessions();
  const engine = startEngineProcess(workspaceDir);
  onIpc("engine:request-port", (event) => connectWindowToEngine(engine, event.sender));
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    title: "Osh ICT Workbench",
    webPreferences: lockedDownPreferences(path.join(import.meta.dirname, "..", "preload", "preload.cjs")),
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  app.on("window-all-closed", () => {
    engine.kill();
    app.quit();
  });
});
