import { describe, expect, it } from "vitest";
import { CARD_SIZES, cardMapHeight } from "../../src/export/exportPng";
import { buildSnapshot } from "../../src/export/snapshot";
import { layoutSnapshot } from "../../src/export/snapshotLayout";
import { campaign, placeReport } from "../compare/placeReportFixture";

const measure = (text: string, font: string) => text.length * 0.6 * Number(/(\d+)px/.exec(font)?.[1] ?? 0);
const campaigns = [campaign({ id: "raid-a", name: "Raid A", start: "2023-05-22", end: "2023-06-15", colour: "#e6550d" })];

function snapshot(notes: string, sources: number) {
  const reports = Array.from({ length: sources }, (_, i) => placeReport({ place_id: `p${i}`, source_id: `s${i}`, source_title: `Report ${i}` }));
  return buildSnapshot({ timeWindow: { from: "2023-05-22", to: "2023-05-23" }, campaigns, visibleReports: reports, mapCredits: ["Natural Earth"], text: { notes } });
}

describe("a fixed-size card", () => {
  const card = CARD_SIZES.social!;
  const text = { pixelRatio: 1.1, typeScale: card.width / 800, maxPrintedSources: 3 };

  it("gives the map what the words leave, so the whole image is the card's size", () => {
    const s = snapshot("", 12);
    const mapHeight = cardMapHeight(s, card, text, measure);
    const layout = layoutSnapshot(s, { mapWidthPx: card.width, mapHeightPx: mapHeight, zoom: 6, centreLat: 50, ...text }, measure);
    expect([layout.width, layout.height]).toEqual([card.width, card.height]);
  });

  it("lists three sources by name and counts the rest", () => {
    const s = snapshot("", 12);
    const layout = layoutSnapshot(s, { mapWidthPx: card.width, mapHeightPx: 300, zoom: 6, centreLat: 50, ...text }, measure);
    const lines = layout.ops.flatMap((op) => (op.op === "text" ? [op.text] : []));
    expect(lines.filter((t) => t.includes("Report "))).toHaveLength(3);
    expect(lines).toContain("… and 9 more; the CSV export lists every source.");
  });

  it("refuses words that would leave the map a strip, saying how many pixels they need", () => {
    expect(() => cardMapHeight(snapshot("A long note. ".repeat(120), 3), card, text, measure)).toThrow(/need \d+ of the card's 675 px; shorten the notes/);
  });
});
