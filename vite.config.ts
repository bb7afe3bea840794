import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

// `base: "./"` keeps the built site working from any static host or sub-path.
export default defineConfig({
  base: "./",
  plugins: [react()],
  // Source maps would publish the whole source beside the site: only when asked (SOURCEMAP=1 npm run build).
  build: { target: "es2022", sourcemap: process.env.SOURCEMAP === "1" },
  // The geoparser runs in a worker when articles are dropped on the map; it picks chrono's
  // parsers by class name, which minifying would otherwise erase.
  worker: { rolldownOptions: { output: { keepNames: true } } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          // Some tests read the large Natural Earth files; shared CI machines are slow.
          testTimeout: 30_000,
          include: ["tests/**/*.test.ts", "src/**/*.test.ts"],
          exclude: ["tests/browser/**", "node_modules/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          environment: "node",
          include: ["tests/browser/**/*.spec.ts"],
          globalSetup: ["tests/browser/support/globalSetup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
