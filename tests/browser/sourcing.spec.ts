import { describe, expect, it } from "vitest";
import { mapSuite } from "./support/suite";

const suite = mapSuite();

describe("the sourcing panel", () => {
  it("opens from a click on a village and highlights the mention in its quote", async () => {
    const map = await suite.driver();
    await map.openMap({ data: map.fixtureUrl(), from: "2023-05-22", to: "2023-05-23", map: "9/50.46/35.62" });
    await map.clickPlace("Kozinka");
    expect(await map.sourcingPlace()).toBe("Kozinka");
    const quotes = await map.sourcingQuotes();
    expect(quotes.length).toBe(2);
    for (const quote of quotes) expect(quote.marked).toBe("Kozinka");
    expect(quotes.map((q) => q.before)).toContain("Armed men crossed the border and entered the village of ");
    await expect.poll(() => map.page.getByTestId("outlet-count").textContent(), { timeout: 5000 }).toMatch(/2 independent outlets/);
  });

  it("opens from the list with the keyboard alone and shows disagreeing dates", async () => {
    const map = await suite.driver();
    await map.openMap({ data: map.fixtureUrl(), from: "2024-08-06", to: "2024-08-10" });
    const item = map.page.getByTestId("report-item").filter({ hasText: "Sudzha" });
    await item.focus();
    await map.page.keyboard.press("Enter");
    expect(await map.sourcingPlace()).toBe("Sudzha");
    expect(await map.page.getByTestId("date-disagreement").textContent()).toContain("2024-08-08");
    const published = await map.page.getByTestId("source-item").evaluateAll((items) =>
      items.map((item) => item.querySelector("dd")?.textContent));
    expect(published).toEqual(["2024-08-09", "2024-08-07"]);
  });

  it("shows a hostile title as text, runs nothing and links only http(s)", async () => {
    const map = await suite.driver();
    await map.openMap({ data: map.fixtureUrl(), from: "2024-03-12", to: "2024-03-12" });
    await map.selectListedPlace("Tëtkino");
    const title = map.page.getByTestId("source-title");
    expect(await title.textContent()).toBe("<img src=x onerror=alert(1)>");
    expect(await map.page.locator("[data-testid=sourcing-panel] img").count()).toBe(0);
    await map.page.waitForTimeout(300);
    expect(map.session.dialogs).toEqual([]);

    await map.scrubTo("2023-05-22", "2023-05-23");
    await map.selectListedPlace("Kozinka");
    const hrefs = await map.page.locator("[data-testid=sourcing-panel] a").evaluateAll((links) =>
      links.map((a) => [a.getAttribute("href"), a.getAttribute("rel")]));
    expect(hrefs).toEqual([["https://example.org/a1", "noopener noreferrer"]]);
  });

  it("draws a village placed by its district or neighbour as a ring, and says in words that it is approximate", async () => {
    const map = await suite.driver();
    await map.openMap({ data: map.fixtureUrl("placeReports.provisional.geojson"), from: "2024-08-12", to: "2024-08-12", map: "8/51.24/34.78" });
    expect(await map.placesDrawnOn("report-approximate")).toEqual(["Kremyanoye", "Popovo-Lezhachi"]);
    expect(await map.placesDrawnOn("report-points")).toEqual(["Sudzha"]);
    await map.selectListedPlace("Kremyanoye");
    expect(await map.page.getByTestId("report-item").filter({ hasText: "Kremyanoye" }).textContent()).toContain("(approximate)");
    expect(await map.page.getByTestId("approximate-note").textContent()).toBe("approximate: somewhere in Sudzhanskiy Rayon");
    // The fixture's neighbour name carries markup: it is shown as text.
    await map.selectListedPlace("Popovo-Lezhachi");
    expect(await map.page.getByTestId("approximate-note").textContent()).toBe("approximate: near Tëtkino<img src=x onerror=alert(1)>");
    expect(await map.page.locator("[data-testid=sourcing-panel] img").count()).toBe(0);
    await map.page.waitForTimeout(300);
    expect(map.session.dialogs).toEqual([]);
    await map.selectListedPlace("Sudzha");
    expect(await map.page.getByTestId("approximate-note").count()).toBe(0);
  });

  it("lets the editor open an unresolved village's provisional report from the list of names to place", async () => {
    const map = await suite.driver();
    await map.openMap({ data: map.fixtureUrl("placeReports.provisional.geojson"), from: "2024-08-12", to: "2024-08-12" });
    await map.page.getByTestId("unresolved-list").locator("summary").click();
    await map.page.getByTestId("show-provisional").first().click();
    expect(await map.sourcingPlace()).toBe("Kremyanoye");
  });
});
