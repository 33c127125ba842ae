import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import type { Engine } from "../../../electron/engine/engine.ts";
import { startWebServer, type WebServer } from "../../../electron/web/web-server.ts";
import { EngineClient } from "../../../shared/protocol/engine-client.ts";
import { decodeFrame } from "../../../shared/protocol/frame-codec.ts";
import { type WebSocketLike, websocketTransport } from "../../../shared/protocol/websocket-transport.ts";
import { closeTestEngine, openTestEngine } from "../engine/engine-fixture.ts";

let fixture: Awaited<ReturnType<typeof openTestEngine>>;
let engine: Engine;
let server: WebServer;
let staticDir: string;
beforeAll(async () => {
  fixture = await openTestEngine();
  engine = fixture.engine;
  staticDir = fs.mkdtempSync(path.join(os.tmpdir(), "osh-static-"));
  fs.writeFileSync(path.join(staticDir, "index.html"), "<!doctype html><title>t</title>");
  server = await startWebServer({ engine, staticDir });
});
afterAll(async () => {
  await server.close();
  closeTestEngine(fixture);
  fs.rmSync(staticDir, { recursive: true, force: true });
});

/** Resolves with the HTTP status the server refused the upgrade with, or 101 when it accepted. */
function upgradeStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers });
    ws.on("open", () => {
      ws.close();
      resolve(101);
    });
    ws.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
    ws.on("error", () => resolve(-1));
  });
}

const wsUrl = (token: string) => `ws://127.0.0.1:${server.port}/ws?token=${token}`;

describe("web mode transport", () => {
  it("listens on the loopback address and prints a tokenised URL", () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${server.token}`);
    expect(server.token).toMatch(/^[0-9a-f]{48}$/);
  });

  it("refuses a socket without the token or with a wrong one", async () => {
    expect(await upgradeStatus(`ws://127.0.0.1:${server.port}/ws`)).toBe(401);
    expect(await upgradeStatus(wsUrl("0".repeat(48)))).toBe(401);
  });

  it("refuses a socket from a foreign Origin or Host even with the token", async () => {
    expect(await upgradeStatus(wsUrl(server.token), { Origin: "http://evil.example" })).toBe(403);
    expect(await upgradeStatus(wsUrl(server.token), { Host: `attacker.example:${server.port}` })).toBe(421);
  });

  it("accepts the right token from its own origin and answers calls", async () => {
    expect(await upgradeStatus(wsUrl(server.token), { Origin: `http://127.0.0.1:${server.port}` })).toBe(101);
    const socket = new WebSocket(wsUrl(server.token)) as unknown as WebSocketLike;
    const client = new EngineClient(await websocketTransport(socket));
    const r = await client.call("sql.run", { sql: "SELECT 'Ош' AS city" });
    expect(r.rowCount).toBe(1);
    client.close();
  });

  it("answers a malformed or text frame with an error reply and stays up", async () => {
    const ws = new WebSocket(wsUrl(server.token));
    await new Promise((r) => ws.on("open", r));
    const replies: unknown[] = [];
    ws.on("message", (data: Buffer) => replies.push(decodeFrame(new Uint8Array(data))));
    ws.send(Buffer.from([9, 9, 9, 9, 9]));
    ws.send("hello there");
    await new Promise((r) => setTimeout(r, 300));
    expect(replies).toHaveLength(2);
    expect(replies[0]).toMatchObject({ kind: "error", error: { code: "bad_message" } });
    expect(replies[1]).toMatchObject({ kind: "error", error: { code: "bad_message" } });
    ws.close();
    // The server still serves others.
    const client = new EngineClient(
      await websocketTransport(new WebSocket(wsUrl(server.token)) as unknown as WebSocketLike),
    );
    expect((await client.call("engine.info", {})).duckdbVersion).toMatch(/^v1/);
    client.close();
  });

  it("serves the renderer with a strict CSP and never files outside its folder", async () => {
    const res = await fetch(`http://127.0.0.1:${server.port}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'none'/);
    const outside = await fetch(`http://127.0.0.1:${server.port}/..%2f..%2fetc%2fpasswd`);
    expect(outside.status).toBe(404);
  });
});
