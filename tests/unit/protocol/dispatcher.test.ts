import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { directTransport } from "../../../electron/engine/direct-transport.ts";
import type { Engine } from "../../../electron/engine/engine.ts";
import { EngineDispatcher, MAX_REQUEST_BYTES } from "../../../electron/engine/engine-dispatcher.ts";
import { EngineCallError, EngineClient } from "../../../shared/protocol/engine-client.ts";
import type { Envelope } from "../../../shared/protocol/envelope.ts";
import { decodeFrame, encodeFrame } from "../../../shared/protocol/frame-codec.ts";
import { closeTestEngine, openTestEngine } from "../engine/engine-fixture.ts";

let fixture: Awaited<ReturnType<typeof openTestEngine>>;
let engine: Engine;
beforeAll(async () => {
  fixture = await openTestEngine();
  engine = fixture.engine;
});
afterAll(() => closeTestEngine(fixture));

/** Sends one raw frame to a dispatcher and returns what it answered. */
async function answerTo(frame: Uint8Array): Promise<Envelope[]> {
  const replies: Envelope[] = [];
  const dispatcher = new EngineDispatcher(engine, (f) => replies.push(decodeFrame(f)));
  await dispatcher.receive(frame);
  return replies;
}

describe("engine dispatcher", () => {
  it("answers garbage with a bad_message error instead of crashing", async () => {
    const replies = await answerTo(new Uint8Array([1, 2, 3, 4, 5, 6, 7]));
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ kind: "error", id: null, error: { code: "bad_message" } });
  });

  it("refuses unknown methods and invalid params with the request's id", async () => {
    const unknown = await answerTo(
      encodeFrame({ kind: "request", id: 5, method: "fs.readFile", params: {} }),
    );
    expect(unknown[0]).toMatchObject({ kind: "error", id: 5, error: { code: "unknown_method" } });
    const invalid = await answerTo(
      encodeFrame({ kind: "request", id: 6, method: "sql.run", params: { sql: 42 } }),
    );
    expect(invalid[0]).toMatchObject({ kind: "error", id: 6, error: { code: "invalid_params" } });
    expect((invalid[0] as { error: { message: string } }).error.message).toMatch(/sql/);
    const extra = await answerTo(
      encodeFrame({ kind: "request", id: 7, method: "catalog.list", params: { evil: true } }),
    );
    expect(extra[0]).toMatchObject({ kind: "error", id: 7, error: { code: "invalid_params" } });
  });

  it("refuses an oversized message with too_large", async () => {
    const sql = `SELECT '${"x".repeat(MAX_REQUEST_BYTES)}'`;
    const replies = await answerTo(
      encodeFrame({ kind: "request", id: 9, method: "sql.run", params: { sql } }),
    );
    expect(replies[0]).toMatchObject({ kind: "error", id: 9, error: { code: "too_large" } });
  });

  it("does not let a client send responses", async () => {
    const replies = await answerTo(encodeFrame({ kind: "response", id: 1, result: {} }));
    expect(replies[0]).toMatchObject({ kind: "error", error: { code: "bad_message" } });
  });
});

describe("engine client over the direct transport", () => {
  it("calls methods and validates the answers", async () => {
    const client = new EngineClient(directTransport(engine));
    const info = await client.call("engine.info", {});
    expect(info.duckdbVersion).toMatch(/^v1\.5/);
    const run = await client.call("sql.run", { sql: "SELECT 41 + 1 AS answer" });
    expect(run.rowCount).toBe(1);
    expect(run.window.arrow).toBeInstanceOf(Uint8Array);
  });

  it("carries SQL errors with their position", async () => {
    const client = new EngineClient(directTransport(engine));
    const error = await client.call("sql.run", { sql: "SELECT nope" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineCallError);
    expect(error).toMatchObject({ code: "sql_error", position: { line: 1, column: 8 } });
  });

  it("cancels a running call through a cancel message", async () => {
    const client = new EngineClient(directTransport(engine));
    const controller = new AbortController();
    const pending = client.call(
      "sql.run",
      { sql: "SELECT count(*) FROM range(1000000000000) a" },
      { signal: controller.signal },
    );
    setTimeout(() => controller.abort(), 200);
    await expect(pending).rejects.toMatchObject({ code: "cancelled" });
  });
});
