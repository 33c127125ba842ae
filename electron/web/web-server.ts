import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";
import type { Engine } from "../engine/engine.ts";
import { EngineDispatcher } from "../engine/engine-dispatcher.ts";
import { contentSecurityPolicy } from "./content-security-policy.ts";
import { resolveStatic } from "./static-files.ts";

export interface WebServerOptions {
  engine: Engine;
  /** Folder of the built renderer (index.html and assets). */
  staticDir: string;
  port?: number;
  /** A fresh random token per launch unless given (tests). */
  token?: string;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const HOST = "127.0.0.1";
/** Hard cap on a WebSocket frame; the dispatcher answers anything above its own limit with an error. */
const MAX_WS_PAYLOAD = 64 * 1024 * 1024;

/**
 * Web mode: the renderer as static files and the engine behind a WebSocket, on the loopback
 * address only. The socket requires the launch token and a Host/Origin of this server, so
 * neither another web page nor another user's browser can talk to the engine.
 */
export async function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const token = opts.token ?? crypto.randomBytes(24).toString("hex");
  const server = http.createServer();
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_WS_PAYLOAD });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, HOST, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const allowedHosts = new Set([`${HOST}:${port}`, `localhost:${port}`]);
  const allowedOrigins = new Set([`http://${HOST}:${port}`, `http://localhost:${port}`]);
  const csp = contentSecurityPolicy(`ws://${HOST}:${port} ws://localhost:${port}`);

  server.on("request", (req, res) => {
    if (!allowedHosts.has(req.headers.host ?? "")) {
      res.writeHead(421, { "content-type": "text/plain" }).end("Unknown host.");
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { "content-type": "text/plain" }).end("Method not allowed.");
      return;
    }
    const found = resolveStatic(opts.staticDir, req.url ?? "/");
    if (!found) {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found.");
      return;
    }
    res.writeHead(200, {
      "content-type": found.type,
      "content-security-policy": csp,
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
      "cache-control": "no-cache",
    });
    if (req.method === "HEAD") res.end();
    else fs.createReadStream(found.file).pipe(res);
  });

  server.on("upgrade", (req, socket, head) => {
    const refuse = (status: number, reason: string) => {
      socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    const url = new URL(req.url ?? "/", `http://${HOST}:${port}`);
    if (url.pathname !== "/ws") return refuse(404, "Not Found");
    if (!allowedHosts.has(req.headers.host ?? "")) return refuse(421, "Misdirected Request");
    // Browsers always send Origin; a page from anywhere else must not reach the engine.
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins.has(origin)) return refuse(403, "Forbidden");
    if (!tokensEqual(url.searchParams.get("token") ?? "", token)) return refuse(401, "Unauthorized");
    wss.handleUpgrade(req, socket, head, (ws) => {
      const dispatcher = new EngineDispatcher(opts.engine, (frame) => ws.send(frame));
      ws.on("message", (data, isBinary) => {
        const bytes = Buffer.isBuffer(data)
          ? data
          : Buffer.concat(Array.isArray(data) ? data : [Buffer.from(data)]);
        // Text frames are not part of the protocol, but get an error reply like any bad frame.
        void dispatcher.receive(
          isBinary ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes,
        );
      });
      ws.on("close", () => dispatcher.cancelAll());
      ws.on("error", () => dispatcher.cancelAll());
    });
  });

  return {
    url: `http://${HOST}:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of wss.clients) c.terminate();
        wss.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function tokensEqual(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}
