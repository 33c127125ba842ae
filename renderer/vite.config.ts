import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The renderer is built once and served the same way by Electron (file) and web mode (http).
export default defineConfig({
  root: path.resolve(import.meta.dirname),
  base: "./",
  plugins: [react()],
  build: {
    outDir: path.resolve(import.meta.dirname, "../dist/renderer"),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
