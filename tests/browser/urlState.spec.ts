import { describe, expect, it } from "vitest";
import { mapSuite } from "./support/suite";

const suite = mapSuite();

describe("a link with state", () => {
  it("reproduces the window, selection, mentions and view after reload", async () => {
    const map = await suite.driver();
    await map.openMap({ data: map.fixtureUrl() });
    await map.scrubTo("2023-05-22", "2023-05-23");
    await map.showMentions(true);
    await map.selectListedPlace("Kozinka");
    await expect.poll(async () => (await map.currentUrl()).searchParams.get("place"), { timeout: 5000 }).toBe("gn:kozinka");
    await expect.poll(async () => (await map.currentUrl()).searchParams.get("from"), { timeout: 5000 }).toBe("2023-05-22");
    // Selecting eases the map to the place: the link is read once the map has come to rest and the URL has caught up.
    await expect.poll(async () => {
      const camera = await map.camera();
      const inUrl = Number((await map.currentUrl()).searchParams.get("map")?.split("/")[0]);
      return !camera.moving && Math.abs(camera.zoom - inUrl) < 0.05;
    }, { timeout: 10_000 }).toBe(true);
    const url = await map.currentUrl();
    expect(url.searchParams.get("mentions")).toBe("1");
    expect(url.searchParams.get("map")).toMatch(/^\d+\.\d+\/\d+\.\d+\/\d+\.\d+$/);

    await map.reload();
    expect(await map.timeWindow()).toEqual({ from: "2023-05-22", to: "2023-05-23" });
    expect(await map.sourcingPlace()).toBe("Kozinka");
    expect(await map.listedPlaces()).toContain("Moscow");
    const [zoom, lat, lon] = url.searchParams.get("map")!.split("/").map(Number) as [number, number, number];
    const view = await map.camera();
    expect(view.zoom).toBeCloseTo(zoom, 1);
    expect(view.lat).toBeCloseTo(lat, 2);
    expect(view.lon).toBeCloseTo(lon, 2);
  });

  it("goes back to the previous window with the browser's Back", async () => {
    const map = await suite.driver();
    await map.openMap({ data: map.fixtureUrl(), from: "2023-05-22", to: "2023-05-23" });
    await map.pickCampaign("kursk-2024");
    await expect.poll(async () => (await map.currentUrl()).searchParams.get("from"), { timeout: 5000 }).toBe("2024-08-06");
    expect(await map.listedPlaces()).not.toContain("Kozinka");
    await map.goBack();
    await expect.poll(() => map.timeWindow(), { timeout: 5000 }).toEqual({ from: "2023-05-22", to: "2023-05-23" });
    expect(await map.listedPlaces()).toContain("Kozinka");
  });
});
