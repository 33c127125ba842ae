import type { EngineClient } from "../../../shared/protocol/engine-client.ts";

const CHUNK = 2 * 1024 * 1024;

/**
 * Sends a dropped file to the engine in chunks (a browser page has no file paths) and
 * returns where the engine stored it. Progress is the fraction sent.
 */
export async function uploadFile(
  client: EngineClient,
  file: File,
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
): Promise<string> {
  const uploadId = crypto.randomUUID();
  let path = "";
  for (let offset = 0; offset < file.size || offset === 0; offset += CHUNK) {
    if (signal.aborted) throw new Error("Upload cancelled.");
    const chunk = new Uint8Array(await file.slice(offset, offset + CHUNK).arrayBuffer());
    const final = offset + CHUNK >= file.size;
    const r = await client.call("files.upload", { uploadId, name: file.name, offset, chunk, final });
    path = r.path;
    onProgress(Math.min(1, r.received / Math.max(1, file.size)));
    if (final) break;
  }
  return path;
}
