import { beforeAll, describe, expect, it } from "vitest";
import { ADVERSARIAL_SHAPES } from "../../bench/hostile/shapes";
import { articleFrom } from "../../src/articles/articleBytes";
import { loadGeoparseContext, type LoadedContext } from "../../src/cli/context";
import { geoparseArticle } from "../../src/pipeline/geoparse";

/**
 * Doubling an adversarial article must not much more than double the time to read it.
 * Sizes are small so each case takes well under a second; the bound is generous (3× per
 * doubling, best of three) because the machine is shared. `npm run bench:hostile` gives
 * the figures at larger sizes.
 */
const UNITS = 5000;
const MAX_RATIO = 3;

let loaded: LoadedContext;
beforeAll(async () => {
  loaded = await loadGeoparseContext();
}, 60_000);

function bestMs(text: string): number {
  geoparseArticle(articleFrom("warm-up", "warm-up.md", text.slice(0, 2000), { published: "2024-08-07" }), loaded.context);
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    geoparseArticle(articleFrom("hostile", "hostile.md", text, { published: "2024-08-07" }), loaded.context);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe("reading time grows linearly with adversarial input", () => {
  it.each(ADVERSARIAL_SHAPES.map((shape) => [shape.name, shape] as const))("%s", (_name, shape) => {
    const small = bestMs(shape.text(UNITS));
    const large = bestMs(shape.text(UNITS * 4));
    // Two doublings: within MAX_RATIO² of the small input's time, with a floor for timer noise.
    expect(large).toBeLessThan(Math.max(small, 20) * MAX_RATIO * MAX_RATIO);
  });
});
