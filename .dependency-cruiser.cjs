// The layers of docs/architecture.md, checked by `npm run lint:deps`. A rule here and a
// sentence there say the same thing: change both together.

// The pure core: text, schemas, geometry and names in, reports out; no browser, no I/O.
const CORE = "^src/(contract|geo|gazetteer|pipeline|articles|corrections|evaluation|ingest)/";
const BROWSER_ONLY = "node_modules/(react|react-dom|maplibre-gl|zustand|idb-keyval)/";
// Node's modules that reach outside the process (files, network, processes, threads, the
// terminal) or load code at run time (module).
const NODE_IO = "^(fs|fs/promises|child_process|net|http|https|http2|tls|dgram|dns|worker_threads|readline|cluster|os|module)$";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-folder-cycles",
      comment: "Folders form layers: if a imports b, nothing in b imports a, however indirectly.",
      severity: "error",
      scope: "folder",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "entry-points-imported-by-none",
      comment: "app/ (the page's shell) and cli/ (the commands) are the top: no other folder of src/ imports them.",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/(app|cli)/" },
      to: { path: "^src/(app|cli)/" },
    },
    {
      name: "core-imports-core",
      comment: "The pure core (contract, geo, gazetteer, pipeline, articles, corrections, evaluation) imports only itself.",
      severity: "error",
      from: { path: CORE },
      to: { path: "^src/", pathNot: CORE },
    },
    {
      name: "core-without-browser",
      comment: "The pure core imports no React, MapLibre, zustand or IndexedDB.",
      severity: "error",
      from: { path: CORE },
      to: { path: BROWSER_ONLY },
    },
    {
      name: "core-without-node-io",
      comment: "The pure core takes bytes and functions as arguments; files, network, processes and threads are the callers'.",
      severity: "error",
      from: { path: CORE },
      to: { dependencyTypes: ["core"], path: NODE_IO },
    },
    {
      name: "maplibre-only-in-map",
      comment: "src/map/ owns the MapLibre map; only the browser tests' hook names its type besides.",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/(map|testHook)/" },
      to: { path: "node_modules/maplibre-gl/" },
    },
    {
      name: "file-system-at-the-edges",
      comment: "In src/, only the CLI reads or writes files (outside src/, the build scripts, benchmarks and tests do).",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/cli/" },
      to: { dependencyTypes: ["core"], path: "^(fs|fs/promises)$" },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    doNotFollow: { path: "node_modules" },
    // Resolve packages as the bundler does (maplibre-gl is found through its "exports").
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },
  },
};
