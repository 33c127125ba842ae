import type { SourcePosition, WireError } from "./envelope.ts";
import { decodeFrame, encodeFrame, FrameError } from "./frame-codec.ts";
import { type MethodName, methods, type ParamsOf, type ResultOf } from "./methods.ts";
import type { Transport } from "./transport.ts";

export class EngineCallError extends Error {
  readonly code: WireError["code"];
  readonly position?: SourcePosition;
  readonly where?: string;
  constructor(error: WireError) {
    super(error.message);
    this.code = error.code;
    this.position = error.position;
    this.where = error.where;
  }
}

export interface CallOptions {
  signal?: AbortSignal;
  onProgress?: (fraction: number | null, message?: string) => void;
}

interface Pending {
  method: MethodName;
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  onProgress?: CallOptions["onProgress"];
}

/** Typed calls to the engine over any transport; answers are validated against the contract. */
export class EngineClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private closedReason: string | null = null;

  constructor(private readonly transport: Transport) {
    transport.onFrame((frame) => this.receive(frame));
    transport.onClose((reason) => {
      this.closedReason = reason;
      for (const p of this.pending.values())
        p.reject(new EngineCallError({ code: "internal", message: reason }));
      this.pending.clear();
    });
  }

  call<M extends MethodName>(method: M, params: ParamsOf<M>, opts: CallOptions = {}): Promise<ResultOf<M>> {
    if (this.closedReason) {
      return Promise.reject(new EngineCallError({ code: "internal", message: this.closedReason }));
    }
    const id = this.nextId++;
    return new Promise<ResultOf<M>>((resolve, reject) => {
      if (opts.signal?.aborted) {
        reject(new EngineCallError({ code: "cancelled", message: "Cancelled before it started." }));
        return;
      }
      this.pending.set(id, {
        method,
        resolve: resolve as (v: unknown) => void,
        reject,
        onProgress: opts.onProgress,
      });
      opts.signal?.addEventListener("abort", () => this.transport.send(encodeFrame({ kind: "cancel", id })), {
        once: true,
      });
      this.transport.send(encodeFrame({ kind: "request", id, method, params }));
    });
  }

  close(): void {
    this.transport.close();
  }

  private receive(frame: Uint8Array): void {
    let envelope: ReturnType<typeof decodeFrame>;
    try {
      envelope = decodeFrame(frame);
    } catch (e) {
      console.error("Engine sent an unreadable message:", e instanceof FrameError ? e.message : e);
      return;
    }
    if (envelope.kind === "request" || envelope.kind === "cancel") return;
    if (envelope.id === null) {
      console.error("Engine reported an error about an unidentified message:", envelope);
      return;
    }
    const pending = this.pending.get(envelope.id);
    if (!pending) return;
    if (envelope.kind === "progress") {
      pending.onProgress?.(envelope.progress.fraction, envelope.progress.message);
      return;
    }
    this.pending.delete(envelope.id);
    if (envelope.kind === "error") {
      pending.reject(new EngineCallError(envelope.error));
      return;
    }
    const parsed = methods[pending.method].result.safeParse(envelope.result);
    if (parsed.success) pending.resolve(parsed.data);
    else
      pending.reject(
        new EngineCallError({
          code: "bad_message",
          message: `Engine answer to ${pending.method} does not match the contract: ${parsed.error.issues[0]?.message}`,
        }),
      );
  }
}
