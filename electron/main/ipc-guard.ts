import { type IpcMainEvent, ipcMain } from "electron";
import { isTrustedUrl } from "./app-protocol.ts";
import { type IpcChannel, ipcContract } from "./ipc-contract.ts";

/**
 * The only place that touches ipcMain: a listener runs only for our own frames and only with
 * arguments that match the contract; everything else is dropped and logged.
 */
export function onIpc(channel: IpcChannel, listener: (event: IpcMainEvent) => void): void {
  ipcMain.on(channel, (event, ...args: unknown[]) => {
    const senderUrl = event.senderFrame?.url ?? "";
    if (!isTrustedUrl(senderUrl)) {
      console.warn(`ipc: refused "${channel}" from untrusted sender ${senderUrl}`);
      return;
    }
    if (!ipcContract[channel].safeParse(args).success) {
      console.warn(`ipc: refused "${channel}" with arguments that do not match the contract`);
      return;
    }
    listener(event);
  });
}
