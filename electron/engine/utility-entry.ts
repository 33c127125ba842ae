import { parseArgs } from "node:util";
import { Engine } from "./engine.ts";
import { EngineDispatcher } from "./engine-dispatcher.ts";
import { defaultWorkspaceDir } from "./workspace-dir.ts";

/** The slice of Electron's MessagePortMain the engine uses; typed here so the engine never imports electron. */
interface PortLike {
  on(event: "message", listener: (e: { data: unknown }) => void): void;
  on(event: "close", listener: () => void): void;
  postMessage(message: unknown): void;
  start(): void;
}
interface ParentPortLike {
  on(event: "message", listener: (e: { data: unknown; ports: PortLike[] }) => void): void;
}

const parentPort = (process as unknown as { parentPort?: ParentPortLike }).parentPort;
if (!parentPort) throw new Error("utility-entry must run in an Electron utility process.");

const { values } = parseArgs({ options: { workspace: { type: "string" } }, strict: false });
const workspace = typeof values.workspace === "string" ? values.workspace : defaultWorkspaceDir();
const enginePromise = Engine.open({ workspaceDir: workspace });

// One port per window; each gets its own dispatcher over the shared engine.
parentPort.on("message", async (e) => {
  const port = e.ports[0];
  if (!port) return;
  const engine = await enginePromise;
  const dispatcher = new EngineDispatcher(engine, (frame) => port.postMessage(frame));
  port.on("message", (m) => {
    if (m.data instanceof Uint8Array) void dispatcher.receive(m.data);
    else void dispatcher.receive(new Uint8Array(0));
  });
  port.on("close", () => dispatcher.cancelAll());
  port.start();
});
