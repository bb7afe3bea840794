import { describe, expect, it } from "vitest";
import { FramingDriver, type MarkerOnScreen } from "./support/framingDriver";
import { hasSampleCorpus } from "./support/driver";
import { mapSuite } from "./support/suite";

const suite = mapSuite();

const campaignPlaces = (markers: MarkerOnScreen[]) => markers.filter((m) => m.campaign !== "");
const hiddenNames = (markers: MarkerOnScreen[]) => markers.filter((m) => m.hidden).map((m) => m.name);

describe.skipIf(!hasSampleCorpus())("framing the story", () => {
  for (const viewport of [{ width: 1440, height: 900 }, { width: 1024, height: 700 }, { width: 390, height: 844 }]) {
    it(`shows every campaign's places clear of the date, the legend and the sheet at ${viewport.width}×${viewport.height}`, async () => {
      const framing = new FramingDriver(await suite.driver(viewport));
      await framing.map.openMap();
      const places = campaignPlaces(await framing.markersOnScreen());
      expect(places.length).toBeGreaterThan(3);
      expect(hiddenNames(places)).toEqual([]);
    });
  }

  it("folds the legend where, open, it would hide the places it explains, and leaves it open on a large screen", async () => {
    const small = await suite.driver({ width: 1024, height: 700 });
    await small.openMap();
    await expect.poll(() => small.legendEntries().then((e) => e.length), { timeout: 10_000 }).toBeGreaterThan(3);
    expect(await small.legendOpen()).toBe(false);
    const large = await suite.driver({ width: 1440, height: 900 });
    await large.openMap();
    await expect.poll(() => large.legendEntries().then((e) => e.length), { timeout: 10_000 }).toBeGreaterThan(3);
    expect(await large.legendOpen()).toBe(true);
  });

  it("takes the map to where a campaign happened when its button is pressed", async () => {
    const framing = new FramingDriver(await suite.driver({ width: 1440, height: 900 }));
    // A camera far from the story, as a shared link might carry.
    await framing.map.openMap({ map: "7/45.0/25.0" });
    expect(campaignPlaces(await framing.markersOnScreen()).every((m) => m.hidden)).toBe(true);
    await framing.map.pickCampaign("kursk-2024");
    const kursk = (await framing.markersOnScreen()).filter((m) => m.campaign === "kursk-2024");
    expect(kursk.map((m) => m.name)).toContain("Sudzhanskiy Rayon");
    expect(hiddenNames(kursk)).toEqual([]);
  });

  it("keeps the places framed as the legend folds, until the reader moves the map", async () => {
    const framing = new FramingDriver(await suite.driver({ width: 1440, height: 900 }));
    await framing.map.openMap();
    const westmost = async () => Math.min(...campaignPlaces(await framing.markersOnScreen()).map((m) => m.x));
    const besideLegend = await westmost();
    await framing.map.toggleLegend();
    const legendFolded = await westmost();
    expect(legendFolded).toBeLessThan(besideLegend - 100);
    await framing.pan(-80, 0);
    const panned = await westmost();
    expect(panned).toBeCloseTo(legendFolded - 80, -1);
    await framing.map.toggleLegend();
    expect(await westmost()).toBeCloseTo(panned, 0);
  });

  it("brings a selected place out from under the legend", async () => {
    const framing = new FramingDriver(await suite.driver({ width: 1440, height: 900 }));
    // A camera that puts Tëtkino under the open legend, near the map's top-left corner.
    await framing.map.openMap({ map: "7/50.56/36.39" });
    const tetkino = async () => (await framing.markersOnScreen()).find((m) => m.name === "Tëtkino")!;
    const before = await tetkino();
    expect(before.hidden).toBe(true);
    expect(Math.min(before.x, before.y)).toBeGreaterThan(0); // on screen: hidden by the legend, not by the edge
    await framing.map.selectListedPlace("Tëtkino");
    await expect.poll(async () => (await tetkino()).hidden, { timeout: 5_000 }).toBe(false);
  });
});
