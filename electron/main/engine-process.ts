import path from "node:path";
import { MessageChannelMain, type UtilityProcess, utilityProcess, type WebContents } from "electron";
import { ENGINE_PORT_CHANNEL } from "./ipc-contract.ts";

/** Starts the engine in a utility process (plain Node, no Electron APIs used inside). */
export function startEngineProcess(workspaceDir: string): UtilityProcess {
  const entry = path.join(import.meta.dirname, "..", "engine", "utility-entry.js");
  const child = utilityProcess.fork(entry, ["--workspace", workspaceDir], {
    serviceName: "Osh ICT Workbench engine",
    stdio: "inherit",
  });
  child.on("exit", (code) => console.error(`engine process exited with code ${code}`));
  return child;
}

/** A fresh channel per window: one end to the engine, the other straight to the renderer. */
export function connectWindowToEngine(engine: UtilityProcess, contents: WebContents): void {
  const { port1, port2 } = new MessageChannelMain();
  engine.postMessage({ type: "connect" }, [port1]);
  contents.postMessage(ENGINE_PORT_CHANNEL, null, [port2]);
}
