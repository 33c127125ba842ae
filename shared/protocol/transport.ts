/** A duplex channel of binary frames; the client neither knows nor cares which one it has. */
export interface Transport {
  send(frame: Uint8Array): void;
  onFrame(listener: (frame: Uint8Array) => void): void;
  onClose(listener: (reason: string) => void): void;
  close(): void;
}
