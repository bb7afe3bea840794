import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { placeReportCollection } from "../../src/contract/placeReport";
import { CompareExportDriver } from "./support/compareExportDriver";
import { mapSuite } from "./support/suite";

const suite = mapSuite();

/** Width and height as the PNG header states them (IHDR follows the 8-byte signature). */
function pngHeaderSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Luminance variance over a band of rows, sampled on a grid. */
function bandVariance(png: PNG, fromRow: number, toRow: number): number {
  const values: number[] = [];
  for (let y = fromRow; y < toRow; y += 7) {
    for (let x = 0; x < png.width; x += 7) {
      const i = (y * png.width + x) * 4;
      values.push(png.data[i]! + png.data[i + 1]! + png.data[i + 2]!);
    }
  }
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
}

async function openMayRaid() {
  const editor = new CompareExportDriver(await suite.driver({ width: 1200, height: 800 }));
  await editor.map.openMap({ data: editor.map.fixtureUrl(), from: "2023-05-22", to: "2023-05-23" });
  return editor;
}

describe("snapshot export", () => {
  it("writes a print PNG 3000 px wide whose map and caption are not blank", async () => {
    const editor = await openMayRaid();
    const file = await editor.exportSnapshot({ size: "print" });
    const { width, height } = pngHeaderSize(file.bytes);
    expect(width).toBe(3000);
    const mapCss = await editor.map.mapOnScreen();
    const mapHeight = Math.round((mapCss!.height * 3000) / mapCss!.width);
    expect(height).toBeGreaterThan(mapHeight);
    const png = PNG.sync.read(file.bytes);
    expect([png.width, png.height]).toEqual([width, height]);
    expect(bandVariance(png, 0, mapHeight)).toBeGreaterThan(0);
    expect(bandVariance(png, mapHeight, height)).toBeGreaterThan(0);
    expect(file.filename).toBe("incursions_2023-05-22_2023-05-23_print.png");
    expect(file.status).toContain(`${width}×${height}`);
    expect(editor.map.session.outsideRequests).toEqual([]);
  });

  it.each([
    ["social", 1200, 675],
    ["square", 1080, 1080],
  ] as const)("writes a %s card of exactly %i×%i px, map above and words below, the screen's map left as it was", async (size, width, height) => {
    const editor = await openMayRaid();
    const before = await editor.map.mapOnScreen();
    const file = await editor.exportSnapshot({ size });
    expect(pngHeaderSize(file.bytes)).toEqual({ width, height });
    const png = PNG.sync.read(file.bytes);
    expect(bandVariance(png, 0, Math.round(height * 0.4))).toBeGreaterThan(0);
    expect(bandVariance(png, Math.round(height * 0.75), height)).toBeGreaterThan(0);
    expect(file.filename).toBe(`incursions_2023-05-22_2023-05-23_${size}.png`);
    expect(await editor.map.mapOnScreen()).toEqual(before);
  });

  it("writes a screen PNG as wide as the map on screen", async () => {
    const editor = await openMayRaid();
    const mapCss = await editor.map.mapOnScreen();
    const file = await editor.exportSnapshot({ size: "screen" });
    expect(pngHeaderSize(file.bytes).width).toBe(Math.round(mapCss!.width));
    expect(bandVariance(PNG.sync.read(file.bytes), 0, Math.round(mapCss!.height))).toBeGreaterThan(0);
  });

  // In that window, with mentions hidden, the fixture shows Kozinka twice, Gora-Podol,
  // Grayvoronskiy Rayon and Russia: five reports.
  it("writes the visible reports as contract GeoJSON and as CSV", async () => {
    const editor = await openMayRaid();
    const geojson = placeReportCollection.parse(JSON.parse((await editor.exportData("geojson")).bytes.toString("utf8")));
    // Russia's report is left out: its point is the country's centroid, in Siberia.
    expect(geojson.features.map((f) => f.properties.name).sort()).toEqual(["Gora-Podol", "Grayvoronskiy Rayon", "Kozinka", "Kozinka"]);
    expect(Array.isArray(geojson.unresolved)).toBe(true);
    const csv = await editor.exportData("csv");
    const lines = csv.bytes.toString("utf8").replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(1 + 5);
    expect(lines[0]).toMatch(/^place_id,name,mention,/);
    expect(lines[0]!.split(",")).toContain("date_source");
  });
});

describe("export a journalist edits", () => {
  it("burns the edited title, subtitle, byline, notes and source line into the PNG", async () => {
    const editor = await openMayRaid();
    const words = {
      title: "Exiles' raid crosses into Belgorod", subtitle: "Villages named on 22–23 May 2023",
      byline: "Graphic: Jane Doe / Desk", notes: "Rings mark villages placed only approximately.", sourceLine: "Source: wire and press reports",
    };
    await editor.editExportText(words);
    await editor.exportSnapshot({ size: "screen" });
    const drawn = (await editor.exportedText()).join("\n");
    for (const text of Object.values(words)) expect(drawn).toContain(text);
  });

  it("offers defaults from the campaign, and the legend's colours are the map's", async () => {
    const editor = new CompareExportDriver(await suite.driver({ width: 1200, height: 800 }));
    await editor.map.openMap({ from: "2023-05-22", to: "2023-06-15", mentions: "1" });
    await editor.exportSnapshot({ size: "screen" });
    const drawn = await editor.exportedText();
    expect(drawn[0]).toMatch(/^Belgorod raids/);
    const legend = await editor.exportedLegend();
    const mapLegend = await editor.map.legendEntries();
    for (const swatch of legend) {
      const label = swatch.label.replace(/ \(\d+\)$/, "");
      const onMap = mapLegend.find((e) => e.label === label);
      expect(onMap, `legend entry ${label} on the map`).toBeDefined();
      expect(swatch.colour).toBe(onMap!.colour);
    }
    expect(legend.map((s) => s.label).join()).toContain("Outside any campaign");
  });
});
