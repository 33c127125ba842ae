/**
 * The renderer's CSP, the same in Electron and web mode: own scripts only, no eval, no remote
 * anything. `connect-src` admits the engine's WebSocket on the loopback address in web mode.
 */
export function contentSecurityPolicy(wsOrigin: string | null): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${wsOrigin ? ` ${wsOrigin}` : ""}`,
    "worker-src 'self' blob:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}
