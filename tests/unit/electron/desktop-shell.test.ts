import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { APP_ORIGIN, isTrustedUrl } from "../../../electron/main/app-protocol.ts";
import { ENGINE_PORT_CHANNEL, ipcContract } from "../../../electron/main/ipc-contract.ts";
import { lockedDownPreferences } from "../../../electron/main/window-options.ts";
import { contentSecurityPolicy } from "../../../electron/web/content-security-policy.ts";

const root = path.resolve(import.meta.dirname, "../../..");

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(c?ts|tsx)$/.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

describe("desktop shell (Electron-only code, checked without Electron)", () => {
  it("locks every window down", () => {
    const prefs = lockedDownPreferences("/x/preload.cjs");
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it("trusts only pages of its own scheme and host", () => {
    expect(isTrustedUrl(`${APP_ORIGIN}/index.html`)).toBe(true);
    expect(isTrustedUrl("app://elsewhere/index.html")).toBe(false);
    expect(isTrustedUrl("https://example.org/")).toBe(false);
    expect(isTrustedUrl("file:///etc/passwd")).toBe(false);
    expect(isTrustedUrl("not a url")).toBe(false);
  });

  it("allows no remote script, frame or connection in its CSP", () => {
    const csp = contentSecurityPolicy(null);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(contentSecurityPolicy("ws://127.0.0.1:5000")).toContain("connect-src 'self' ws://127.0.0.1:5000");
  });

  it("validates ipc arguments against the contract", () => {
    expect(ipcContract["engine:request-port"].safeParse([]).success).toBe(true);
    expect(ipcContract["engine:request-port"].safeParse(["../../etc"]).success).toBe(false);
  });

  it("keeps the preload's channel names in step with the contract", () => {
    const preload = fs.readFileSync(path.join(root, "electron/preload/preload.cts"), "utf8");
    expect(preload).toContain(`"${ENGINE_PORT_CHANNEL}"`);
    for (const channel of Object.keys(ipcContract)) expect(preload).toContain(`"${channel}"`);
  });

  it("touches raw ipcMain/ipcRenderer only in the guard and the preload", () => {
    const offenders = [
      ...sourceFiles("electron"),
      ...sourceFiles("renderer"),
      ...sourceFiles("shared"),
    ].filter(
      (f) =>
        !["electron/main/ipc-guard.ts", "electron/preload/preload.cts"].includes(f) &&
        /\bipc(Main|Renderer)\b/.test(
          fs.readFileSync(path.join(root, f), "utf8").replace(/\/\/.*|\/\*[\s\S]*?\*\//g, ""),
        ),
    );
    expect(offenders).toEqual([]);
  });
});
