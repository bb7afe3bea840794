import { describe, expect, it } from "vitest";
import type { PlaceReport } from "../../src/contract/placeReport";
import { framingPadding, leavesRoomBeside, storyBounds } from "../../src/map/framing";

/** Only what framing reads; the rest of a report does not matter to it. */
function report(lon: number, lat: number, props: { role?: "event" | "mention"; geo_precision?: string; campaign?: string | null }): PlaceReport {
  const properties = { role: "event", geo_precision: "exact", campaign: null, ...props };
  return { type: "Feature", geometry: { type: "Point", coordinates: [lon, lat] }, properties } as unknown as PlaceReport;
}

const sudzha = report(35.27, 51.19, { campaign: "kursk" });
const guevo = report(35.36, 51.14, { campaign: "kursk", geo_precision: "district" });
const kozinka = report(35.76, 50.44, { campaign: "belgorod" });
const bakhmut = report(38.0, 48.6, {});
const kyivMention = report(30.5, 50.45, { campaign: "kursk", role: "mention" });
const russia = report(100, 60, { campaign: "kursk", geo_precision: "country" });
const kurskOblast = report(36.2, 51.7, { campaign: "kursk", geo_precision: "region" });

describe("where the story happened", () => {
  it("spans the event places of every campaign, leaving out mentions, countries and reports outside any campaign", () => {
    expect(storyBounds([sudzha, guevo, kozinka, bakhmut, kyivMention, russia], null)).toEqual([35.27, 50.44, 35.76, 51.19]);
  });

  it("spans only the campaigns asked for", () => {
    expect(storyBounds([sudzha, guevo, kozinka, bakhmut], ["kursk"])).toEqual([35.27, 51.14, 35.36, 51.19]);
  });

  it("counts a region's centre only when nothing finer was reported", () => {
    expect(storyBounds([sudzha, kurskOblast], ["kursk"])).toEqual([35.27, 51.19, 35.27, 51.19]);
    expect(storyBounds([kurskOblast, russia], ["kursk"])).toEqual([36.2, 51.7, 36.2, 51.7]);
  });

  it("falls back to every event place when no campaign has one, and to nothing for a campaign without events", () => {
    expect(storyBounds([bakhmut, kyivMention], null)).toEqual([38.0, 48.6, 38.0, 48.6]);
    expect(storyBounds([bakhmut, sudzha], ["belgorod"])).toBeNull();
    expect(storyBounds([kyivMention, russia], null)).toBeNull();
  });
});

describe("framing beside what covers the map", () => {
  const wide = { width: 1060, height: 708 };

  it("pads an eighth of the shorter side and a dot's radius all round when nothing covers the map", () => {
    expect(framingPadding(wide, [])).toEqual({ top: 109, right: 109, bottom: 109, left: 109 });
  });

  it("frames places to the right of a legend in the top-left corner, clear of it by more than a dot", () => {
    const padding = framingPadding(wide, [{ left: 10, top: 10, right: 362, bottom: 330 }]);
    expect(padding).toEqual({ top: 109, right: 109, bottom: 109, left: 362 + 24 });
  });

  it("frames places under a wide, short box rather than beside it", () => {
    const padding = framingPadding(wide, [{ left: 0, top: 0, right: 900, bottom: 200 }]);
    expect(padding.top).toBe(200 + 24);
    expect(padding.left).toBe(109);
  });

  it("takes the side of a box that keeps the most of the map free", () => {
    // Beside it, 427 × 490 px would be free; below it, 842 × 425 px.
    const padding = framingPadding(wide, [{ left: 0, top: 0, right: 500, bottom: 150 }]);
    expect(padding).toEqual({ top: 150 + 24, right: 109, bottom: 109, left: 109 });
  });

  it("keeps places above a phone's bottom sheet", () => {
    const phone = { width: 390, height: 547 };
    const padding = framingPadding(phone, [{ left: 0, top: 340, right: 390, bottom: 547 }]);
    expect(padding.bottom).toBe(547 - 340 + 24);
  });

  it("finds no room on a phone between an open legend and the bottom sheet, and room with the legend folded", () => {
    const phone = { width: 390, height: 578 };
    const sheet = { left: 0, top: 318, right: 390, bottom: 578 };
    expect(leavesRoomBeside(phone, [{ left: 10, top: 10, right: 282, bottom: 296 }, sheet])).toBe(false);
    expect(leavesRoomBeside(phone, [{ left: 10, top: 10, right: 254, bottom: 70 }, sheet])).toBe(true);
  });

  it("ignores a box that would leave places too little room, and one off the map", () => {
    const small = { width: 644, height: 420 };
    const legend = { left: 10, top: 45, right: 362, bottom: 320 };
    expect(framingPadding(small, [legend])).toEqual(framingPadding(small, []));
    expect(framingPadding(small, [{ left: 700, top: 0, right: 900, bottom: 100 }])).toEqual(framingPadding(small, []));
    expect(leavesRoomBeside(small, [legend])).toBe(false);
    expect(leavesRoomBeside(wide, [legend])).toBe(true);
  });
});
