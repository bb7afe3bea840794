import { describe, expect, it } from "vitest";
import { ClaimsDriver } from "./support/claimsDriver";
import { CompareExportDriver } from "./support/compareExportDriver";
import { mapSuite } from "./support/suite";

const suite = mapSuite();
const CLAIMS_FIXTURE = "placeReports.claims.geojson";
const WHOLE_RANGE = { from: "2022-05-16", to: "2024-08-08" };

describe("the claims filter", () => {
  it("shows only the reports the chosen claimants back, and a link keeps the choice", async () => {
    const map = await suite.driver({ width: 1440, height: 900 });
    const reader = new ClaimsDriver(map);
    await map.openMap({ data: map.fixtureUrl(CLAIMS_FIXTURE), ...WHOLE_RANGE });
    expect(await reader.claimsButton()).toBe("Claims: all");
    expect(await map.listedPlaces()).toEqual(expect.arrayContaining(["Kharkiv", "Kozinka", "Sudzha"]));

    await reader.showClaimsBy(["independent", "ukrainian_official"]);
    await expect.poll(() => map.listedPlaces()).toEqual(["Gora-Podol", "Tëtkino", "Sudzha"]);
    expect(await reader.claimsButton()).toBe("Claims: 2 of 6");
    await expect.poll(async () => (await map.currentUrl()).searchParams.get("claims")).toBe("ukrainian_official,independent");
    expect(await map.placesDrawnOn("report-points")).toEqual(["Gora-Podol", "Sudzha", "Tëtkino"]);

    await map.reload();
    expect(await map.listedPlaces()).toEqual(["Gora-Podol", "Tëtkino", "Sudzha"]);
    expect(await reader.tickedClaims()).toEqual(["ukrainian_official", "independent"]);

    await reader.showEveryClaim();
    await expect.poll(() => map.listedPlaces()).toContain("Kozinka");
    await expect.poll(async () => (await map.currentUrl()).searchParams.has("claims")).toBe(false);
  });

  it("says which claimant kinds a link names that do not exist, and applies the others", async () => {
    const map = await suite.driver({ width: 1440, height: 900 });
    await map.openMap({ data: map.fixtureUrl(CLAIMS_FIXTURE), ...WHOLE_RANGE, claims: "independent,kremlin" });
    expect(await map.message()).toMatch(/unknown claimant kind "kremlin".*expected russian_official.*shown: independent/);
    expect(await map.listedPlaces()).toEqual(["Gora-Podol", "Sudzha"]);
  });

  it("rings a contested place, explained in the legend only while the ring is drawn", async () => {
    const map = await suite.driver({ width: 1440, height: 900 });
    const reader = new ClaimsDriver(map);
    await map.openMap({ data: map.fixtureUrl(CLAIMS_FIXTURE), from: "2023-05-22", to: "2023-05-23", map: "9/50.47/35.62" });
    await expect.poll(() => map.drawnMarkKinds()).toContain("contested");
    await expect.poll(async () => (await map.legendEntries()).map((e) => e.kind)).toContain("contested");

    await reader.showClaimsBy(["independent"]);
    await expect.poll(() => map.drawnMarkKinds()).not.toContain("contested");
    await expect.poll(async () => (await map.legendEntries()).map((e) => e.kind)).not.toContain("contested");
  });

  it("counts in compare what the compared maps draw: the chosen claimants' reports, and says so", async () => {
    const editor = new CompareExportDriver(await suite.driver({ width: 1440, height: 900 }));
    await editor.openCompare("belgorod-2023", "kursk-2024", { data: editor.map.fixtureUrl(CLAIMS_FIXTURE) });
    const every = await editor.compareStats("a");
    expect(await editor.compareClaimsLine()).toBe("");
    await editor.openCompare("belgorod-2023", "kursk-2024", { data: editor.map.fixtureUrl(CLAIMS_FIXTURE), claims: "independent" });
    const independent = await editor.compareStats("a");
    // Of the Belgorod side's reports, only Gora-Podol's quotes an independent claimant.
    expect([every.events, every.settlements]).toEqual(["5", "3 settlements, 1 district"]);
    expect([independent.events, independent.settlements, independent.deepest]).toEqual(["1", "1 settlement", "Gora-Podol, 2.1 km from the border"]);
    expect(await editor.compareClaimsLine()).toMatch(/^Claims by independent .* only/);
    await editor.waitForCompareMaps();
    await editor.exportComparison();
    expect((await editor.exportedText()).join(" ")).toMatch(/places found by geoparsing\. Claims by independent .* only/);
  });

  it("works on a phone (390×844) with nothing sticking out sideways", async () => {
    const map = await suite.driver({ width: 390, height: 844 });
    const reader = new ClaimsDriver(map);
    await map.openMap({ data: map.fixtureUrl(CLAIMS_FIXTURE), ...WHOLE_RANGE });
    await reader.showClaimsBy(["russian_official"]);
    expect(await map.controlsOffScreen()).toEqual([]);
    expect(await map.horizontalOverflow()).toEqual({ pageScrolls: false, elements: [] });
    await reader.closeClaims();
    await expect.poll(() => map.listedPlaces()).toEqual(["Grayvoronskiy Rayon", "Russia", "Kozinka"]);
  });
});
