import { describe, expect, it } from "vitest";
import { SourcingDriver } from "./support/sourcingDriver";
import { mapSuite } from "./support/suite";

const suite = mapSuite();

describe("the sourcing panel", () => {
  it("opens from a click on a village and highlights the mention in its quote", async () => {
    const map = await suite.driver();
    const panel = new SourcingDriver(map);
    await map.openMap({ data: map.fixtureUrl(), from: "2023-05-22", to: "2023-05-23", map: "9/50.46/35.62" });
    await map.clickPlace("Kozinka");
    expect(await map.sourcingPlace()).toBe("Kozinka");
    const quotes = await panel.quotes();
    expect(quotes.length).toBe(2);
    for (const quote of quotes) expect(quote.marked).toBe("Kozinka");
    expect(quotes.map((q) => q.before)).toContain("Armed men crossed the border and entered the village of ");
    await expect.poll(() => panel.outletCount(), { timeout: 5000 }).toMatch(/2 independent outlets/);
  });

  it("opens from the list with the keyboard alone and shows disagreeing dates", async () => {
    const map = await suite.driver();
    const panel = new SourcingDriver(map);
    await map.openMap({ data: map.fixtureUrl(), from: "2024-08-06", to: "2024-08-10" });
    await panel.openFromListWithKeyboard("Sudzha");
    expect(await map.sourcingPlace()).toBe("Sudzha");
    expect(await panel.dateDisagreement()).toContain("2024-08-08");
    expect(await panel.publishedDates()).toEqual(["2024-08-09", "2024-08-07"]);
  });

  it("shows a hostile title as text, runs nothing and links only http(s)", async () => {
    const map = await suite.driver();
    const panel = new SourcingDriver(map);
    await map.openMap({ data: map.fixtureUrl(), from: "2024-03-12", to: "2024-03-12" });
    await map.selectListedPlace("Tëtkino");
    expect(await panel.articleTitle()).toBe("<img src=x onerror=alert(1)>");
    expect(await panel.images()).toBe(0);
    await map.waitForImages();
    expect(map.session.dialogs).toEqual([]);

    await map.scrubTo("2023-05-22", "2023-05-23");
    await map.selectListedPlace("Kozinka");
    expect(await panel.links()).toEqual([["https://example.org/a1", "noopener noreferrer"]]);
  });

  it("draws a village placed by its district or neighbour as a ring, and says in words that it is approximate", async () => {
    const map = await suite.driver();
    const panel = new SourcingDriver(map);
    await map.openMap({ data: map.fixtureUrl("placeReports.provisional.geojson"), from: "2024-08-12", to: "2024-08-12", map: "8/51.24/34.78" });
    expect(await map.placesDrawnOn("report-approximate")).toEqual(["Kremyanoye", "Popovo-Lezhachi"]);
    expect(await map.placesDrawnOn("report-points")).toEqual(["Sudzha"]);
    await map.selectListedPlace("Kremyanoye");
    expect(await map.listedItemText("Kremyanoye")).toContain("(approximate)");
    expect(await panel.approximateNote()).toBe("approximate: somewhere in Sudzhanskiy Rayon");
    // The fixture's neighbour name carries markup: it is shown as text.
    await map.selectListedPlace("Popovo-Lezhachi");
    expect(await panel.approximateNote()).toBe("approximate: near Tëtkino<img src=x onerror=alert(1)>");
    expect(await panel.images()).toBe(0);
    await map.waitForImages();
    expect(map.session.dialogs).toEqual([]);
    await map.selectListedPlace("Sudzha");
    expect(await panel.showsApproximateNote()).toBe(false);
  });

  it("lets the editor open an unresolved village's provisional report from the list of names to place", async () => {
    const map = await suite.driver();
    await map.openMap({ data: map.fixtureUrl("placeReports.provisional.geojson"), from: "2024-08-12", to: "2024-08-12" });
    await new SourcingDriver(map).openProvisionalFromUnresolved();
    expect(await map.sourcingPlace()).toBe("Kremyanoye");
  });
});
