/**
 * `npm run build:data`: builds the offline data the app and the pipeline read.
 * Runs before `dev`, `build` and `test`, so each step is skipped when its
 * outputs are newer than its inputs (see scripts/geodata/buildStep.ts).
 * Steps run in order; append new ones to the list.
 */
import { runSteps, type BuildStep } from "./geodata/buildStep";
import { areasStep } from "./geodata/areasStep";
import { basemapStep } from "./geodata/basemapStep";
import { borderStep } from "./geodata/borderStep";
import { gazetteerStep } from "./geodata/gazetteerStep";
import { nameKeysStep } from "./geodata/nameKeysStep";
import { reviewDataStep } from "./geodata/reviewDataStep";
import { sampleStep } from "./sampleStep";

const steps: BuildStep[] = [
  gazetteerStep,
  nameKeysStep,
  borderStep,
  basemapStep,
  areasStep,
  sampleStep,
  reviewDataStep,
];

runSteps(steps).catch((error: unknown) => {
  console.error(`build:data failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
