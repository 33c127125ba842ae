import type { ErrorCode, SourcePosition, WireError } from "../../shared/protocol/envelope.ts";

/** An error the engine reports to its client as it is: a code, a message, and where. */
export class EngineError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly position?: SourcePosition,
    readonly where?: string,
  ) {
    super(message);
  }

  toWire(): WireError {
    return { code: this.code, message: this.message, position: this.position, where: this.where };
  }
}

export function isInterrupt(e: unknown): boolean {
  return e instanceof Error && /INTERRUPT Error|Interrupted/i.test(e.message);
}
