import { describe, expect, it } from "vitest";
import { metresPerCssPixel, scaleBar } from "../../src/export/scaleBar";

describe("scale bar", () => {
  it("spans 40075 km over 512 px at zoom 0 on the equator", () => {
    expect(Math.round(metresPerCssPixel(0, 0))).toBe(78272);
  });

  it("halves the metres per pixel at 60° latitude", () => {
    expect(metresPerCssPixel(8, 60) / metresPerCssPixel(8, 0)).toBeCloseTo(0.5, 6);
  });

  it("picks the longest round distance that fits: 5000 km in 100 px at zoom 0", () => {
    const bar = scaleBar(0, 0, 1, 100);
    expect(bar.label).toBe("5000 km");
    expect(bar.widthPx.toFixed(1)).toBe("63.9");
  });

  it("keeps the ground length per bar the same when the pixel ratio doubles", () => {
    const screen = scaleBar(9, 51, 1, 150);
    const print = scaleBar(9, 51, 2, 300);
    expect(print.lengthM).toBe(screen.lengthM);
    expect(print.widthPx).toBeCloseTo(screen.widthPx * 2, 6);
  });

  it("labels short bars in metres", () => {
    const bar = scaleBar(18, 50, 1, 100);
    expect(bar.label).toMatch(/^\d+ m$/);
    expect(bar.widthPx).toBeLessThanOrEqual(100);
  });
});
