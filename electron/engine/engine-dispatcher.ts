import type { EngineEnvelope, WireError } from "../../shared/protocol/envelope.ts";
import { decodeFrame, encodeFrame, FrameError, peekRequestId } from "../../shared/protocol/frame-codec.ts";
import { isMethodName, type MethodName, methods } from "../../shared/protocol/methods.ts";
import type { Engine } from "./engine.ts";
import { EngineError } from "./engine-error.ts";
import type { CallContext } from "./handler-types.ts";
import { handlers } from "./method-handlers.ts";

/** Requests carry SQL and small params; anything bigger is refused before it is parsed. */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/**
 * The engine's end of one client connection, whatever the transport: decodes and validates
 * each frame, runs the method, answers. Nothing a client sends can throw past this class.
 */
export class EngineDispatcher {
  private readonly running = new Map<number, AbortController>();

  constructor(
    private readonly engine: Engine,
    private readonly send: (frame: Uint8Array) => void,
  ) {}

  async receive(frame: Uint8Array): Promise<void> {
    if (frame.byteLength > MAX_REQUEST_BYTES) {
      this.reply({
        kind: "error",
        id: peekRequestId(frame),
        error: {
          code: "too_large",
          message: `Message of ${frame.byteLength} bytes exceeds the ${MAX_REQUEST_BYTES}-byte limit.`,
        },
      });
      return;
    }
    let envelope: ReturnType<typeof decodeFrame>;
    try {
      envelope = decodeFrame(frame);
    } catch (e) {
      const message = e instanceof FrameError ? e.message : "unreadable message";
      this.reply({ kind: "error", id: peekRequestId(frame), error: { code: "bad_message", message } });
      return;
    }
    if (envelope.kind === "cancel") {
      this.running.get(envelope.id)?.abort();
      return;
    }
    if (envelope.kind !== "request") {
      this.reply({
        kind: "error",
        id: null,
        error: { code: "bad_message", message: `A client may not send "${envelope.kind}" messages.` },
      });
      return;
    }
    await this.handle(envelope.id, envelope.method, envelope.params);
  }

  /** Aborts every running call, e.g. when the connection closes. */
  cancelAll(): void {
    for (const c of this.running.values()) c.abort();
  }

  private async handle(id: number, method: string, rawParams: unknown): Promise<void> {
    if (!isMethodName(method)) {
      this.reply({
        kind: "error",
        id,
        error: { code: "unknown_method", message: `Unknown method "${method}".` },
      });
      return;
    }
    const parsed = methods[method].params.safeParse(rawParams ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const message = `Invalid params for ${method}: ${issue?.path.join(".") || "(root)"}: ${issue?.message ?? ""}`;
      this.reply({ kind: "error", id, error: { code: "invalid_params", message } });
      return;
    }
    const controller = new AbortController();
    this.running.set(id, controller);
    const ctx: CallContext = {
      signal: controller.signal,
      progress: (fraction, message) => this.reply({ kind: "progress", id, progress: { fraction, message } }),
    };
    try {
      const handler = handlers[method] as (e: Engine, p: unknown, c: CallContext) => Promise<unknown>;
      const result = await handler(this.engine, parsed.data, ctx);
      this.reply({ kind: "response", id, result });
    } catch (e) {
      this.reply({ kind: "error", id, error: toWireError(e, method) });
    } finally {
      this.running.delete(id);
    }
  }

  private reply(envelope: EngineEnvelope): void {
    try {
      this.send(encodeFrame(envelope));
    } catch {
      // The connection is gone; there is nobody left to tell.
    }
  }
}

function toWireError(e: unknown, method: MethodName): WireError {
  if (e instanceof EngineError) return e.toWire();
  const message = e instanceof Error ? e.message : String(e);
  return { code: "internal", message: `${method} failed: ${message}` };
}
