import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { INLINE_PARSE_BYTES } from "../../src/data/loadDataset";
import { FIXTURE } from "./support/driver";
import { mapSuite } from "./support/suite";

const suite = mapSuite();

describe("the map offline", () => {
  it("loads with WebGL, draws report labels and asks nothing of the network", async () => {
    const map = await suite.driver();
    await map.openMap({ data: map.fixtureUrl(), from: "2023-05-22", to: "2023-05-23" });
    expect(await map.webgl2Available()).toBe(true);
    const labels = await map.renderedLabels("report-labels");
    expect(labels).toContain("Kozinka");
    expect(map.session.outsideRequests).toEqual([]);
    expect(map.session.pageErrors).toEqual([]);
  });

  const basemapBuilt = existsSync(new URL("../../public/basemap/countries.json", import.meta.url));
  it.skipIf(!basemapBuilt)("draws the Russia-Ukraine border and settlement labels from the local basemap", async () => {
    const map = await suite.driver();
    await map.openMap({ data: map.fixtureUrl(), from: "2024-08-06", to: "2024-08-07", map: "8.5/51.19/35.27" });
    expect((await map.renderedLabels("ru-ua-border")).length).toBeGreaterThan(0);
    expect((await map.renderedLabels("place-labels")).length).toBeGreaterThan(0);
    expect(map.session.outsideRequests).toEqual([]);
  });

  it("draws the reports and names the file when a basemap file is missing", async () => {
    const map = await suite.driver();
    await map.withoutFile("basemap/places.json");
    await map.openMap({ data: map.fixtureUrl(), from: "2023-05-22", to: "2023-05-23" });
    expect(await map.renderedLabels("report-labels")).toContain("Kozinka");
    expect(map.session.consoleMessages.some((m) => m.startsWith("warning: map:") && m.includes("basemap/places.json"))).toBe(true);
    expect(map.session.pageErrors).toEqual([]);
  });

  it("falls back to the offline basemap when the online one cannot be reached", async () => {
    const map = await suite.driver();
    await map.openMap({ data: map.fixtureUrl(), from: "2023-05-22", to: "2023-05-23" });
    await map.chooseOnlineBasemap(); // flips back at once: the network is refused
    await expect.poll(() => map.message(), { timeout: 15_000 }).toMatch(/offline map/);
    expect(await map.onlineBasemapChosen()).toBe(false);
    expect(map.session.outsideRequests.every((url) => url.startsWith("https://tiles.openfreemap.org/"))).toBe(true);
    expect(map.session.outsideRequests.length).toBeGreaterThan(0);
    expect(await map.renderedLabels("report-labels")).toContain("Kozinka");
  });

  it("reads a dataset too large to parse in place in a worker, with the same places", async () => {
    const fixture = JSON.parse(readFileSync(new URL(`../fixtures/${FIXTURE}`, import.meta.url), "utf8"));
    const copies = Math.ceil((INLINE_PARSE_BYTES * 1.5) / JSON.stringify(fixture).length);
    const large = JSON.stringify({ ...fixture, features: Array.from({ length: copies }, () => fixture.features).flat() });
    const map = await suite.driver();
    await map.withFile("large.geojson", large);
    await map.openMap({ data: map.fixtureUrl("large.geojson"), from: "2023-05-22", to: "2023-05-23" });
    expect(map.session.workers.some((url) => /datasetWorker/.test(url))).toBe(true);
    expect(await map.listedPlaces()).toContain("Kozinka");
    expect(await map.renderedLabels("report-labels")).toContain("Kozinka");
    expect(map.session.pageErrors).toEqual([]);
  });

  it("says what is wrong with a dataset too large to parse in place, and keeps the map", async () => {
    const fixture = JSON.parse(readFileSync(new URL(`../fixtures/${FIXTURE}`, import.meta.url), "utf8"));
    const copies = Math.ceil((INLINE_PARSE_BYTES * 1.5) / JSON.stringify(fixture).length);
    const features = Array.from({ length: copies }, () => fixture.features).flat().map((f) => structuredClone(f));
    const last = features.length - 1;
    features[last].properties.date_start = "August 2024";
    const large = JSON.stringify({ ...fixture, features });
    const map = await suite.driver();
    await map.openMap({ data: map.fixtureUrl() });
    const before = await map.listedPlaces();
    await map.openFile("large.geojson", large);
    await expect.poll(() => map.message(), { timeout: 15_000 })
      .toMatch(new RegExp(`large\\.geojson: features\\[${last}\\]\\.properties\\.date_start: expected a calendar day as YYYY-MM-DD`));
    expect(await map.listedPlaces()).toEqual(before);
    expect(map.session.pageErrors).toEqual([]);
  });

  it("lists the places of a newly opened dataset and no others", async () => {
    const fixture = JSON.parse(readFileSync(new URL(`../fixtures/${FIXTURE}`, import.meta.url), "utf8"));
    const map = await suite.driver();
    await map.openMap({ data: map.fixtureUrl(), from: "2022-01-01", to: "2024-12-31" });
    const before = await map.listedPlaces();
    expect(before).toContain("Kozinka");
    const kept = fixture.features.filter((f: { properties: { name: string } }) => f.properties.name !== "Kozinka");
    await map.openFile("without-kozinka.geojson", JSON.stringify({ ...fixture, features: kept }));
    await expect.poll(() => map.listedPlaces(), { timeout: 10_000 }).not.toContain("Kozinka");
    expect(new Set(await map.listedPlaces())).toEqual(new Set(before.filter((name) => name !== "Kozinka")));
    expect(map.session.pageErrors).toEqual([]);
  });

  it("keeps the map and says what is wrong when a dataset is bad", async () => {
    const map = await suite.driver();
    await map.openMap({ data: map.fixtureUrl() });
    const before = await map.listedPlaces();
    await map.openFile("broken.geojson", JSON.stringify({ type: "FeatureCollection", features: [{ type: "Feature" }] }));
    await expect.poll(() => map.message(), { timeout: 5000 }).toMatch(/broken\.geojson: features\[0\]\.geometry/);
    expect(await map.listedPlaces()).toEqual(before);
  });
});
