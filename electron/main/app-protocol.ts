/** The renderer is served from this privileged scheme, never from file:// or the network. */
export const APP_SCHEME = "app";
export const APP_HOST = "workbench";
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Only our own pages, loaded from our own scheme, may talk to main. */
export function isTrustedUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}
