/** Saves bytes through the browser's download (web mode) or Electron's save flow alike. */
export function downloadBytes(data: Uint8Array, fileName: string, mime: string): void {
  const blob = new Blob([data.slice().buffer as ArrayBuffer], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
