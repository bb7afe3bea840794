import { copyFileSync, mkdirSync, renameSync } from "node:fs";
import { dirname } from "node:path";
import { DEFAULT_GAZETTEER_PATH } from "../../src/cli/loadGazetteer";
import { DEFAULT_BORDER_PATH } from "../../src/cli/loadBorder";
import { fromRoot, relativeToRoot, type BuildStep } from "./buildStep";

/**
 * The gazetteer and border for the map's review mode (searching places by any spelling, the
 * divisions and border distance of a dropped point): the same files the CLI reads, fetched
 * by the page only when an editor opens review mode.
 */
const REVIEW_GAZETTEER = "public/data/gazetteer.json";
const REVIEW_BORDER = "public/data/border.json";

export const reviewDataStep: BuildStep = {
  name: "review data",
  outputs: [REVIEW_GAZETTEER, REVIEW_BORDER],
  inputs: [relativeToRoot(DEFAULT_GAZETTEER_PATH), relativeToRoot(DEFAULT_BORDER_PATH), "scripts/geodata/reviewDataStep.ts"],
  run: () => {
    copyAtomic(DEFAULT_GAZETTEER_PATH, REVIEW_GAZETTEER);
    copyAtomic(DEFAULT_BORDER_PATH, REVIEW_BORDER);
  },
};

function copyAtomic(from: string, to: string): void {
  const target = fromRoot(to);
  mkdirSync(dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  copyFileSync(from, temporary);
  renameSync(temporary, target);
}
