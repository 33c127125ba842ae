import { z } from "zod";

/**
 * Every message between main and the preload. Keep the preload's string literals in step
 * (a unit test compares them). The engine itself never goes through ipc: it has its own port.
 */
export const ipcContract = {
  /** preload -> main: this window is ready for its engine port. */
  "engine:request-port": z.tuple([]),
} as const;

/** main -> preload: carries the engine MessagePort in the event's ports. */
export const ENGINE_PORT_CHANNEL = "engine:port";

export type IpcChannel = keyof typeof ipcContract;
