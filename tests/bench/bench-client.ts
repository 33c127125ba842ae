import * as arrow from "apache-arrow";
import WebSocket from "ws";
import { EngineClient } from "../../shared/protocol/engine-client.ts";
import type { RowWindow } from "../../shared/protocol/methods.ts";
import { websocketTransport } from "../../shared/protocol/websocket-transport.ts";

/** The real client over the real WebSocket transport, as the web-mode renderer connects. */
export async function connectClient(port: number, token: string): Promise<EngineClient> {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/ws?token=${token}`);
  return new EngineClient(await websocketTransport(socket));
}

/**
 * Decodes a window's Arrow IPC bytes and reads every column into one typed array, as a chart or
 * an export would; returns the table so callers can check what arrived.
 */
export function decodeWindow(window: RowWindow): arrow.Table {
  const table = arrow.tableFromIPC(window.arrow);
  for (let c = 0; c < table.numCols; c++) table.getChildAt(c)?.toArray();
  return table;
}
