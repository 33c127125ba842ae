import type { Transport } from "./transport.ts";

/** The part of the WebSocket API used here; browsers' WebSocket and the `ws` package both fit. */
export interface WebSocketLike {
  binaryType: string;
  readyState: number;
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: "message", listener: (ev: { data: unknown }) => void): void;
  addEventListener(type: "close", listener: (ev: { code: number; reason: string }) => void): void;
  addEventListener(type: "open" | "error", listener: () => void): void;
}

const OPEN = 1;

/** Waits for the socket to open, then carries frames as binary messages. */
export function websocketTransport(socket: WebSocketLike): Promise<Transport> {
  socket.binaryType = "arraybuffer";
  const frameListeners: ((f: Uint8Array) => void)[] = [];
  const closeListeners: ((r: string) => void)[] = [];
  socket.addEventListener("message", (ev) => {
    const data = ev.data;
    if (data instanceof ArrayBuffer) for (const l of frameListeners) l(new Uint8Array(data));
    else if (ArrayBuffer.isView(data)) {
      const view = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      for (const l of frameListeners) l(view);
    }
  });
  socket.addEventListener("close", (ev) => {
    for (const l of closeListeners)
      l(`Connection to the engine closed (${ev.code}${ev.reason ? `: ${ev.reason}` : ""}).`);
  });
  const transport: Transport = {
    send: (frame) => {
      if (socket.readyState === OPEN) socket.send(frame);
    },
    onFrame: (l) => frameListeners.push(l),
    onClose: (l) => closeListeners.push(l),
    close: () => socket.close(1000, "client closed"),
  };
  return new Promise((resolve, reject) => {
    if (socket.readyState === OPEN) resolve(transport);
    socket.addEventListener("open", () => resolve(transport));
    socket.addEventListener("error", () => reject(new Error("Could not connect to the engine.")));
  });
}
