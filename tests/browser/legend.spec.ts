import { describe, expect, it } from "vitest";
import { mapSuite } from "./support/suite";

const suite = mapSuite();

/** Legend kinds for the mark kinds the driver reads off the map's layers. */
const MARK_KINDS = ["event", "mention", "approximate", "region-area", "district-area", "region-circle", "district-circle", "contested"];

/** Waits until the map has settled (areas come after the first idle frame), then compares. */
async function compareLegendWithMap(map: Awaited<ReturnType<typeof suite.driver>>) {
  const kindsOf = (kinds: string[]) => ({
    marks: kinds.filter((k) => MARK_KINDS.includes(k)).sort(),
    campaigns: kinds.filter((k) => k.startsWith("campaign:")).sort(),
  });
  await expect.poll(async () => {
    const legend = kindsOf((await map.legendEntries()).map((e) => e.kind));
    const drawn = kindsOf(await map.drawnMarkKinds());
    return JSON.stringify(legend) === JSON.stringify(drawn) ? "same" : `legend ${JSON.stringify(legend)}, map ${JSON.stringify(drawn)}`;
  }, { timeout: 10_000 }).toBe("same");
  return map.legendEntries();
}

describe("the legend", () => {
  it("explains exactly the marks drawn in the Kursk window, with the campaign's colour", async () => {
    const map = await suite.driver({ width: 1440, height: 900 });
    await map.openMap({ from: "2024-08-05", to: "2024-08-08", map: "6/50.5/36.5" });
    await expect.poll(() => map.drawnAreas()).toContain("Sudzhanskiy Rayon");
    const legend = await compareLegendWithMap(map);
    expect(legend.map((e) => e.kind)).toEqual(expect.arrayContaining(["district-area", "region-area", "event"]));
    const kursk = legend.find((e) => e.kind === "campaign:kursk-2024")!;
    expect(kursk.label).toContain("Kursk offensive");
    expect(kursk.colour).toBe("#d7301f");
    expect(legend.some((e) => e.kind === "size")).toBe(true);
  });

  it("adds mentions, drawn differently from events, when they are shown", async () => {
    const map = await suite.driver({ width: 1440, height: 900 });
    await map.openMap({ from: "2023-05-22", to: "2023-05-23", map: "5/50.5/33" });
    expect((await map.legendEntries()).map((e) => e.kind)).not.toContain("mention");
    await map.showMentions(true);
    await expect.poll(() => map.drawnMarkKinds()).toContain("mention");
    const legend = await compareLegendWithMap(map);
    expect(legend.find((e) => e.kind === "mention")!.label).toMatch(/mentioned only/i);
  });

  it("folds away and back", async () => {
    const map = await suite.driver({ width: 1440, height: 900 });
    await map.openMap({ from: "2023-05-22", to: "2023-05-23" });
    expect(await map.legendOpen()).toBe(true);
    await map.toggleLegend();
    expect(await map.legendOpen()).toBe(false);
  });
});

describe("the sourcing panel in words", () => {
  it("says how precisely a district is known and where each date comes from", async () => {
    const map = await suite.driver({ width: 1440, height: 900 });
    await map.openMap({ from: "2024-08-05", to: "2024-08-08" });
    await map.selectListedPlace("Sudzhanskiy Rayon");
    expect(await map.precisionNote()).toMatch(/somewhere in the district/i);
    expect((await map.dateSources()).every((s) => /date (from|given in) the article's text/i.test(s))).toBe(true);
  });

  it("says a village is placed at its own point", async () => {
    const map = await suite.driver({ width: 1440, height: 900 });
    await map.openMap({ from: "2023-05-22", to: "2023-05-23" });
    await map.selectListedPlace("Kozinka");
    expect(await map.precisionNote()).toMatch(/the village or town itself/i);
  });

  it("says a date stood in from the publication when the text gives none", async () => {
    const map = await suite.driver({ width: 1440, height: 900 });
    await map.openMap({ from: "2022-05-01", to: "2022-05-31", mentions: "1" });
    await map.selectListedPlace("Kharkiv");
    expect((await map.dateSources()).join(" ")).toMatch(/date from publication/i);
  });

  it("says reports outside every campaign are faded by default, and the toggle and the link bring them back", async () => {
    const map = await suite.driver({ width: 1440, height: 900 });
    const outside = async () => (await map.legendEntries()).find((e) => e.kind === "campaign:none")?.label;
    await map.openMap({ from: "2022-05-01", to: "2024-12-31" });
    await expect.poll(outside, { timeout: 10_000 }).toBe("Outside any campaign (faded)");
    await map.fadeOutside(false);
    await expect.poll(outside).toBe("Outside any campaign");
    await expect.poll(async () => (await map.currentUrl()).searchParams.get("outside")).toBe("shown");
    await map.openMap({ from: "2022-05-01", to: "2024-12-31", outside: "shown" });
    await expect.poll(outside, { timeout: 10_000 }).toBe("Outside any campaign");
  });
});
