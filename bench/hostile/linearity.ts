import { articleFrom } from "../../src/articles/articleBytes";
import { loadGeoparseContext } from "../../src/cli/context";
import { geoparseArticle } from "../../src/pipeline/geoparse";
import { ADVERSARIAL_SHAPES } from "./shapes";

/**
 * `npm run bench:hostile [-- units]`: geoparsing time of each adversarial shape at a size
 * and at twice and four times it, with the growth per doubling. Linear work grows about
 * 2× per doubling; tests/hostile/linearTime.test.ts holds the same shapes to a bound at
 * smaller sizes.
 */
const units = Number(process.argv[2] ?? 16_000);
const loaded = await loadGeoparseContext();

const timeMs = (text: string) => {
  const started = performance.now();
  geoparseArticle(articleFrom("bench", "bench.md", text, { published: "2024-08-07" }), loaded.context);
  return performance.now() - started;
};

console.log(`| shape | ${units} units | ×2 | ×4 | growth per doubling |\n| --- | --- | --- | --- | --- |`);
for (const shape of ADVERSARIAL_SHAPES) {
  timeMs(shape.text(Math.min(units, 1000)));
  const times = [units, units * 2, units * 4].map((n) => timeMs(shape.text(n)));
  const growth = Math.sqrt(times[2]! / Math.max(times[0]!, 1));
  console.log(`| ${shape.name} | ${times.map((t) => `${t.toFixed(0)} ms`).join(" | ")} | ${growth.toFixed(2)}× |`);
}
