import { expect, it } from "vitest";
import { loadDefaultGazetteer } from "../../src/gazetteer/load";

it("loads the default gazetteer in well under 300 ms", () => {
  const timesMs: number[] = [];
  let count = 0;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    count = loadDefaultGazetteer().length;
    timesMs.push(performance.now() - started);
  }
  const medianMs = timesMs.sort((a, b) => a - b)[2]!;
  console.log(`default gazetteer: ${count} entries, median load ${medianMs.toFixed(0)} ms over 5 runs`);
  // A loose guard only: timings on shared machines drift.
  expect(medianMs).toBeLessThan(300);
});
