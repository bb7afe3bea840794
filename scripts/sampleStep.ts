import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { fromRoot, type BuildStep } from "./geodata/buildStep";

const filesIn = (folder: string, pattern: RegExp) =>
  readdirSync(fromRoot(folder)).filter((name) => pattern.test(name)).map((name) => `${folder}/${name}`);

/**
 * The map's default data: the sample corpus ingested by the same command a
 * newsroom runs (`npm run ingest`), so the demo shows the pipeline as it is.
 */
export const sampleStep: BuildStep = {
  name: "sample",
  outputs: ["public/data/sample.geojson"],
  inputs: [
    ...filesIn("data/sample", /\.(txt|md|html?|json)$/),
    ...filesIn("src/pipeline", /\.ts$/),
    ...filesIn("src/articles", /\.ts$/),
    ...filesIn("src/cli", /\.ts$/),
    "data/campaigns.json",
    "data/build/gazetteer.json",
    "data/build/border.json",
  ],
  run() {
    mkdirSync(fromRoot("public/data"), { recursive: true });
    const args = ["src/cli/ingest.ts", "data/sample", "--manifest", "data/sample/manifest.json", "--out", "public/data/sample.geojson"];
    execFileSync(fromRoot("node_modules/.bin/tsx"), args, { cwd: fromRoot("."), stdio: ["ignore", "ignore", "inherit"] });
  },
};
