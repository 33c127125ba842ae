import { EngineClient } from "../../../shared/protocol/engine-client.ts";
import { websocketTransport } from "../../../shared/protocol/websocket-transport.ts";
import { messagePortTransport, waitForEnginePort } from "./message-port-transport.ts";

declare global {
  interface Window {
    /** Set by the Electron preload; absent in web mode. */
    oshDesktop?: { isDesktop: true };
  }
}

const TOKEN_KEY = "osh-workbench-token";

/** Web mode keeps the token out of the address bar (and history) after the first load. */
function takeToken(): string | null {
  const match = /token=([0-9a-f]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, match[1]!);
    history.replaceState(null, "", window.location.pathname + window.location.search);
    return match[1]!;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

export class MissingTokenError extends Error {}

/** Connects to the engine by whichever transport this window has. */
export async function connectEngine(): Promise<EngineClient> {
  if (window.oshDesktop?.isDesktop) {
    return new EngineClient(messagePortTransport(await waitForEnginePort()));
  }
  const token = takeToken();
  if (!token) throw new MissingTokenError();
  const url = `ws://${window.location.host}/ws?token=${token}`;
  return new EngineClient(await websocketTransport(new WebSocket(url)));
}
