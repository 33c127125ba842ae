import type { Transport } from "../../../shared/protocol/transport.ts";

/** Electron: frames over the MessagePort that main hands to this window through the preload. */
export function messagePortTransport(port: MessagePort): Transport {
  const closeListeners: ((r: string) => void)[] = [];
  const frameListeners: ((f: Uint8Array) => void)[] = [];
  port.onmessage = (ev: MessageEvent) => {
    const data: unknown = ev.data;
    if (data instanceof Uint8Array) for (const l of frameListeners) l(data);
    else if (data instanceof ArrayBuffer) for (const l of frameListeners) l(new Uint8Array(data));
  };
  port.start();
  return {
    send: (frame) => port.postMessage(frame, [frame.buffer as ArrayBuffer]),
    onFrame: (l) => frameListeners.push(l),
    onClose: (l) => closeListeners.push(l),
    close: () => {
      port.close();
      for (const l of closeListeners) l("Connection to the engine closed.");
    },
  };
}

/** The preload posts the engine port to this window with this message. */
export const ENGINE_PORT_MESSAGE = "osh-workbench:engine-port";

export function waitForEnginePort(): Promise<MessagePort> {
  return new Promise((resolve) => {
    const onMessage = (ev: MessageEvent) => {
      if (ev.source !== window || ev.data !== ENGINE_PORT_MESSAGE || !ev.ports[0]) return;
      window.removeEventListener("message", onMessage);
      resolve(ev.ports[0]);
    };
    window.addEventListener("message", onMessage);
  });
}
