import { describe, expect, it } from "vitest";
import { layoutCompare, type CompareSnapshot } from "../../src/compare/compareLayout";

const measure = (text: string, font: string) => text.length * 0.6 * Number(/(\d+)px/.exec(font)?.[1] ?? 0);
const rows = [{ id: "deepest" as const, label: "Deepest point inside Russia", value: "Sudzha, 9.7 km from the border" }];
const snapshot: CompareSnapshot = {
  title: "Belgorod raids vs Kursk offensive",
  sides: [{ label: "Belgorod raids", colour: "#e6550d", rows }, { label: "Kursk offensive", colour: null, rows }],
  sourceLine: "Source: 4 news articles",
  attribution: ["Places: GeoNames (CC BY 4.0)"],
};

describe("the comparison image", () => {
  const layout = layoutCompare(snapshot, { mapWidthPx: 600, mapHeightPx: 400, pixelRatio: 1 }, measure);

  it("puts the two sides' maps side by side, each its own image, at the same height", () => {
    const maps = layout.ops.flatMap((op) => (op.op === "map" ? [op] : []));
    expect(maps.map((m) => m.image)).toEqual([0, 1]);
    expect(maps[0]!.y).toBe(maps[1]!.y);
    expect(maps[1]!.x).toBeGreaterThanOrEqual(maps[0]!.x + maps[0]!.width);
    expect(layout.width).toBeGreaterThanOrEqual(maps[1]!.x + maps[1]!.width);
  });

  it("sets each side's label and numbers under its own map, and keeps every line inside the image", () => {
    const texts = layout.ops.flatMap((op) => (op.op === "text" ? [op] : []));
    const kursk = texts.find((t) => t.text === "Kursk offensive")!;
    expect(kursk.x).toBeGreaterThanOrEqual(600);
    expect(texts.filter((t) => t.text.startsWith("Deepest point inside Russia")).map((t) => t.x < 600)).toEqual([true, false]);
    for (const t of texts) expect(t.x + measure(t.text, t.font)).toBeLessThanOrEqual(layout.width);
  });
});
