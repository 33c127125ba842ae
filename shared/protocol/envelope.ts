import { z } from "zod";

/** Where in the SQL text an error points (1-based line and column, 0-based character offset). */
export const SourcePositionSchema = z.object({
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  offset: z.number().int().nonnegative(),
});
export type SourcePosition = z.infer<typeof SourcePositionSchema>;

export const ErrorCodeSchema = z.enum([
  "bad_message",
  "unknown_method",
  "invalid_params",
  "sql_error",
  "cancelled",
  "not_found",
  "too_large",
  "import_failed",
  "export_failed",
  "file_error",
  "unauthorized",
  "internal",
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const WireErrorSchema = z.object({
  code: ErrorCodeSchema,
  message: z.string(),
  position: SourcePositionSchema.optional(),
  /** What the error is about: a file, a cell, a table, a frame. */
  where: z.string().optional(),
});
export type WireError = z.infer<typeof WireErrorSchema>;

const id = z.number().int().nonnegative();

export const RequestEnvelopeSchema = z.object({
  kind: z.literal("request"),
  id,
  method: z.string().min(1).max(100),
  params: z.unknown(),
});
export const ResponseEnvelopeSchema = z.object({ kind: z.literal("response"), id, result: z.unknown() });
/** id is null when the failing frame could not even be read far enough to know its id. */
export const ErrorEnvelopeSchema = z.object({
  kind: z.literal("error"),
  id: id.nullable(),
  error: WireErrorSchema,
});
export const ProgressEnvelopeSchema = z.object({
  kind: z.literal("progress"),
  id,
  progress: z.object({ fraction: z.number().min(0).max(1).nullable(), message: z.string().optional() }),
});
export const CancelEnvelopeSchema = z.object({ kind: z.literal("cancel"), id });

export const EnvelopeSchema = z.discriminatedUnion("kind", [
  RequestEnvelopeSchema,
  ResponseEnvelopeSchema,
  ErrorEnvelopeSchema,
  ProgressEnvelopeSchema,
  CancelEnvelopeSchema,
]);

export type RequestEnvelope = z.infer<typeof RequestEnvelopeSchema>;
export type ResponseEnvelope = z.infer<typeof ResponseEnvelopeSchema>;
export type ErrorEnvelope = z.infer<typeof ErrorEnvelopeSchema>;
export type ProgressEnvelope = z.infer<typeof ProgressEnvelopeSchema>;
export type CancelEnvelope = z.infer<typeof CancelEnvelopeSchema>;
export type Envelope = z.infer<typeof EnvelopeSchema>;
/** Messages the client sends; the engine sends the rest. */
export type ClientEnvelope = RequestEnvelope | CancelEnvelope;
export type EngineEnvelope = ResponseEnvelope | ErrorEnvelope | ProgressEnvelope;
