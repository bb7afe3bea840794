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

  it("leaves the camera still while the timeline is scrubbed, however the legend changes", async () => {
    const framing = new FramingDriver(await suite.driver({ width: 1440, height: 900 }));
    await framing.map.openMap();
    await framing.map.pickCampaign("kursk-2024");
    const kursk = await framing.stillCamera();
    for (const [from, to] of [["2023-05-22", "2023-05-23"], ["2022-05-17", "2024-08-07"], ["2024-03-12", "2024-03-13"]] as const) {
      await framing.map.scrubTo(from, to);
      await expect.poll(() => framing.map.legendEntries().then((e) => e.length), { timeout: 10_000 }).toBeGreaterThan(0);
      expect(await framing.stillCamera(), `${from}..${to}`).toBe(kursk);
    }
  });

  it("frames the places again when a smaller window would hide them, until the reader moves the map", async () => {
    const framing = new FramingDriver(await suite.driver({ width: 1440, height: 900 }));
    await framing.map.openMap();
    await framing.resizeWindow(1000, 700);
    expect(hiddenNames(campaignPlaces(await framing.markersOnScreen()))).toEqual([]);
    await framing.pan(-80, 40);
    const panned = await framing.stillCamera();
    await framing.resizeWindow(1440, 900);
    expect(await framing.stillCamera()).toBe(panned);
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
