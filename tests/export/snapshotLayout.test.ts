import { describe, expect, it } from "vitest";
import { buildSnapshot } from "../../src/export/snapshot";
import { layoutSnapshot, MAX_PRINTED_SOURCES, type DrawOp } from "../../src/export/snapshotLayout";
import { wrapText } from "../../src/export/wrapText";
import { campaign, placeReport } from "../compare/placeReportFixture";

/** Every character is 0.6 em wide: crude, but enough to check wrapping and bounds. */
const measure = (text: string, font: string) => text.length * 0.6 * Number(/(\d+)px/.exec(font)?.[1] ?? 0);

const campaigns = [campaign({ id: "raid-a", name: "Raid A", start: "2023-05-22", end: "2023-06-15", colour: "#e6550d" })];

function snapshotWithSources(count: number) {
  const reports = Array.from({ length: count }, (_, i) =>
    placeReport({ place_id: `p${i}`, source_id: `s${i}`, source_title: `Report number ${i} about the raid on a village near the border`, source_url: `https://news.example/articles/${"x".repeat(120)}/${i}` }),
  );
  return buildSnapshot({ timeWindow: { from: "2023-05-22", to: "2023-05-23" }, campaigns, visibleReports: reports, mapCredits: ["Natural Earth"] });
}

const texts = (ops: DrawOp[]) => ops.flatMap((op) => (op.op === "text" ? [op] : []));

describe("snapshot layout", () => {
  const frame = { mapWidthPx: 800, mapHeightPx: 500, pixelRatio: 1, zoom: 9, centreLat: 50.5 };

  it("keeps every line of text inside the image", () => {
    const layout = layoutSnapshot(snapshotWithSources(5), frame, measure);
    for (const t of texts(layout.ops)) {
      expect(t.x + measure(t.text, t.font)).toBeLessThanOrEqual(layout.width);
      expect(t.y).toBeLessThanOrEqual(layout.height);
    }
  });

  it("burns in the title, date window, legend, a scale label, every source and the attribution", () => {
    const layout = layoutSnapshot(snapshotWithSources(3), frame, measure);
    const all = texts(layout.ops).map((t) => t.text).join("\n");
    for (const expected of ["Cross-border incursions into Russia", "22 May 2023 – 23 May 2023", "Raid A (3)", "Report number 0", "Report number 2", "GeoNames", "Natural Earth"]) {
      expect(all).toContain(expected);
    }
    expect(all).toMatch(/\d+ k?m/);
    expect(layout.height).toBeGreaterThan(frame.mapHeightPx);
    expect(layout.ops.find((op) => op.op === "map")).toMatchObject({ width: 800, height: 500 });
  });

  it("scales type with the pixel ratio so a print snapshot reads like the screen one", () => {
    const screen = layoutSnapshot(snapshotWithSources(2), frame, measure);
    const print = layoutSnapshot(snapshotWithSources(2), { ...frame, mapWidthPx: 3000, mapHeightPx: 1875, pixelRatio: 3.75 }, measure);
    expect(print.width).toBe(3000);
    expect(texts(print.ops)[0]?.font).toBe("bold 75px sans-serif");
    expect(texts(screen.ops)[0]?.font).toBe("bold 20px sans-serif");
  });

  it("prints at most the first sources and says how many more the CSV holds", () => {
    const layout = layoutSnapshot(snapshotWithSources(MAX_PRINTED_SOURCES + 5), frame, measure);
    const all = texts(layout.ops).map((t) => t.text).join(" ");
    expect(all).toContain("and 5 more");
  });

  it("wraps on spaces and breaks a word longer than the line", () => {
    const lines = wrapText(`one two ${"x".repeat(25)}`, "10px sans-serif", 60, measure);
    expect(lines).toEqual(["one two", "x".repeat(10), "x".repeat(10), "x".repeat(5)]);
  });
});
