/** Who may import whom (VS Code-style layering); checked in `npm test`. */
module.exports = {
  forbidden: [
    {
      name: "shared-imports-nothing-of-ours",
      comment: "shared/ is pure TypeScript used by every process: it imports no other project folder.",
      severity: "error",
      from: { path: "^shared/" },
      to: { path: "^(electron|renderer|datasets|tests)/" },
    },
    {
      name: "shared-no-node-builtins",
      comment: "shared/ also runs in the renderer, which has no Node APIs.",
      severity: "error",
      from: { path: "^shared/", pathNot: "^shared/charts/geo/build-" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "renderer-not-electron",
      comment: "The renderer talks to the engine only through the protocol.",
      severity: "error",
      from: { path: "^renderer/" },
      to: { path: "^electron/" },
    },
    {
      name: "renderer-no-node-builtins",
      severity: "error",
      from: { path: "^renderer/src/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "engine-not-electron-or-ui",
      comment: "The engine is plain Node: it runs without Electron and without a DOM.",
      severity: "error",
      from: { path: "^electron/(engine|web|cli)/" },
      to: { path: "(^renderer/|^electron/(main|preload)/|^node_modules/electron/|^electron$)" },
    },
    {
      name: "engine-no-electron-module",
      severity: "error",
      from: { path: "^electron/(engine|web|cli)/" },
      to: { dependencyTypes: ["npm", "npm-dev"], path: "^node_modules/electron/" },
    },
    {
      name: "no-circular",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "(^dist/|node_modules)" },
  },
};
