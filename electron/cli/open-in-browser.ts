import { spawn } from "node:child_process";

/** Opens a URL in the user's browser if the OS has a way to; says so if not. */
export function openInBrowser(url: string): void {
  const command = process.platform === "win32" ? "cmd" : process.platform === "darwin" ? "open" : "xdg-open";
  const args = process.platform === "win32" ? ["/c", "start", "", url] : [url];
  const child = spawn(command, args, { stdio: "ignore", detached: true });
  child.on("error", () => process.stdout.write(`No browser could be opened; open ${url} yourself.\n`));
  child.unref();
}
