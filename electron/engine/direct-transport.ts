import type { Transport } from "../../shared/protocol/transport.ts";
import type { Engine } from "./engine.ts";
import { EngineDispatcher } from "./engine-dispatcher.ts";

/** A client transport wired straight to a dispatcher in the same process (tests, CLI). */
export function directTransport(engine: Engine): Transport {
  const listeners: ((f: Uint8Array) => void)[] = [];
  const dispatcher = new EngineDispatcher(engine, (frame) => {
    // Asynchronous like a real channel, and a copy so neither side shares buffers.
    const copy = frame.slice();
    queueMicrotask(() => {
      for (const l of listeners) l(copy);
    });
  });
  return {
    send: (frame) => void dispatcher.receive(frame.slice()),
    onFrame: (l) => listeners.push(l),
    onClose: () => {},
    close: () => dispatcher.cancelAll(),
  };
}
