// Sandboxed preload: CommonJS, no local imports. It hands the page its engine port and
// tells the page it runs on the desktop; nothing else crosses the bridge.
import { contextBridge, ipcRenderer } from "electron";

const ENGINE_PORT_CHANNEL = "engine:port";
const REQUEST_PORT_CHANNEL = "engine:request-port";
const ENGINE_PORT_MESSAGE = "osh-workbench:engine-port";

contextBridge.exposeInMainWorld("oshDesktop", { isDesktop: true });

ipcRenderer.on(ENGINE_PORT_CHANNEL, (event) => {
  const port = event.ports[0];
  if (port) window.postMessage(ENGINE_PORT_MESSAGE, window.location.origin, [port]);
});
ipcRenderer.send(REQUEST_PORT_CHANNEL);
