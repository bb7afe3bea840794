import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { CompareExportDriver } from "./support/compareExportDriver";
import { mapSuite } from "./support/suite";

const suite = mapSuite();

// Numbers below are counted by hand from tests/fixtures/placeReports.small.geojson:
// belgorod-2023 names Kozinka, Gora-Podol and Moscow (a mention), has 5 event reports
// (Kozinka twice, Gora-Podol, Grayvoronskiy Rayon, Russia) from articles a1 and a2, and its
// deepest Russian settlement is Gora-Podol at 2.1 km; kursk-2024 is Sudzha twice (c1, c2).
describe("comparing two campaigns", () => {
  it("shows the 2023 raids and the 2024 offensive on two drawn maps, each with its numbers", async () => {
    const editor = new CompareExportDriver(await suite.driver());
    await editor.openCompare("belgorod-2023", "kursk-2024", { data: editor.map.fixtureUrl() });

    const [a, b] = [await editor.compareStats("a"), await editor.compareStats("b")];
    expect(a).toMatchObject({ settlements: "3 settlements, 1 district", events: "5", sources: "2" });
    expect(a.heading).toContain("Belgorod raids");
    expect(a.deepest).toBe("Gora-Podol, 2.1 km from the border");
    expect(a.extent).toMatch(/^\d+ km² over 3 places$/);
    expect(b).toMatchObject({ settlements: "1 settlement", events: "2", sources: "2", deepest: "Sudzha, 9.7 km from the border" });
    expect(b.extent).toBe("n/a (1 located place, needs 3)");

    const [mapA, mapB] = await editor.waitForCompareMaps();
    expect(mapA.width).toBeGreaterThan(100);
    expect(mapA.variance).toBeGreaterThan(0);
    expect(mapB.variance).toBeGreaterThan(0);
    expect(editor.map.session.outsideRequests).toEqual([]);
    expect(editor.map.session.pageErrors).toEqual([]);
  });

  it("recomputes a side when another campaign is picked and puts the pair in the link", async () => {
    const editor = new CompareExportDriver(await suite.driver());
    await editor.openCompare("belgorod-2023", "kursk-2024", { data: editor.map.fixtureUrl() });
    await editor.pickCompareSide("b", "election-raids-2024");
    await expect.poll(async () => (await editor.compareStats("b")).deepest).toBe("Tëtkino, 0.8 km from the border");
    await expect.poll(async () => (await editor.map.currentUrl()).searchParams.get("compare")).toBe("belgorod-2023,election-raids-2024");
    await editor.closeCompare();
    await expect.poll(async () => (await editor.map.currentUrl()).searchParams.has("compare")).toBe(false);
  });

  it("compares a campaign with a date window from the link, and pans both maps together", async () => {
    const editor = new CompareExportDriver(await suite.driver());
    await editor.openCompare("belgorod-2023", "2024-08-06..2024-08-07", { data: editor.map.fixtureUrl() });
    // Only the first Sudzha report (c1, 6 August) falls in the window; c2 is dated 8 August.
    expect(await editor.compareStats("b")).toMatchObject({ events: "1", sources: "1", deepest: "Sudzha, 9.7 km from the border" });

    const [, before] = await editor.waitForCompareMaps();
    await editor.dragCompareMap("a", 200, 80);
    await expect.poll(async () => (await editor.compareCanvas("b")).checksum, { timeout: 15_000 }).not.toBe(before.checksum);
  });
});

describe("comparing a campaign reported by district", () => {
  it("counts the Kursk offensive's district and gives its depth, where a village-only count said 0 and none", async () => {
    const editor = new CompareExportDriver(await suite.driver({ width: 1440, height: 900 }));
    await editor.openCompare("belgorod-2023", "kursk-2024");
    const kursk = await editor.compareStats("b");
    expect(kursk.settlements).toMatch(/1 district/);
    expect(kursk.deepest).toMatch(/^Sudzhanskiy Rayon \(district, at its centre\), \d+(\.\d)? km from the border$/);
  });

  it("frames both sides' markers with room to spare", async () => {
    const editor = new CompareExportDriver(await suite.driver({ width: 1440, height: 900 }));
    await editor.openCompare("belgorod-2023", "kursk-2024");
    await editor.waitForCompareMaps();
    for (const side of ["a", "b"] as const) {
      await expect.poll(async () => (await editor.compareMarkerMargin(side)).markers).toBeGreaterThan(0);
      expect((await editor.compareMarkerMargin(side)).margin).toBeGreaterThanOrEqual(30);
    }
  });

  it("exports both sides as one image: the two maps side by side, each side's label and numbers under its map", async () => {
    const editor = new CompareExportDriver(await suite.driver({ width: 1440, height: 900 }));
    await editor.openCompare("belgorod-2023", "kursk-2024", { data: editor.map.fixtureUrl() });
    const [mapA] = await editor.waitForCompareMaps();
    const file = await editor.exportComparison();
    expect(file.filename).toBe("compare_belgorod-2023_kursk-2024.png");
    const png = PNG.sync.read(file.bytes);
    expect(png.width).toBeGreaterThan(2 * mapA.width);
    const half = (from: number, to: number) => regionVariance(png, from, to, 60, 60 + Math.round(png.height / 3));
    expect(half(0, png.width / 2)).toBeGreaterThan(0);
    expect(half(png.width / 2, png.width)).toBeGreaterThan(0);
    const text = (await editor.exportedText()).join("\n");
    expect(text).toContain("Belgorod raids");
    expect(text).toContain("Kursk offensive");
    expect(text).toContain("Deepest point inside Russia: Gora-Podol, 2.1 km from the border");
    expect(text).toContain("Deepest point inside Russia: Sudzha, 9.7 km from the border");
    expect(file.status).toContain(`${png.width}×${png.height}`);
  });
});

/** Luminance variance over a rectangle, sampled on a grid. */
function regionVariance(png: PNG, fromX: number, toX: number, fromY: number, toY: number): number {
  const values: number[] = [];
  for (let y = fromY; y < toY; y += 7) {
    for (let x = Math.floor(fromX); x < toX; x += 7) {
      const i = (y * png.width + x) * 4;
      values.push(png.data[i]! + png.data[i + 1]! + png.data[i + 2]!);
    }
  }
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
}
