import { describe, expect, it } from "vitest";
import { SourcingDriver } from "./support/sourcingDriver";
import { mapSuite } from "./support/suite";

const suite = mapSuite();

describe("picking places on the map", () => {
  it("asks which place was meant when a click lands on overlapping circles", async () => {
    const map = await suite.driver({ width: 1440, height: 900 });
    // Zoomed out, Kozinka and Gora-Podol (3 km apart) are drawn on top of each other.
    await map.openMap({ from: "2023-05-22", to: "2023-05-23", map: "6/50.5/36" });
    await map.clickOnMapAt("Kozinka");
    expect(await map.chooserOptions()).toEqual(expect.arrayContaining(["Kozinka", "Gora-Podol"]));
    await map.choosePlace("Kozinka");
    await expect.poll(() => map.sourcingPlace()).toBe("Kozinka");
    expect(await map.chooserOpen()).toBe(false);
  });

  it("labels the selected place even where labels crowd", async () => {
    const map = await suite.driver({ width: 1440, height: 900 });
    await map.openMap({ from: "2023-05-22", to: "2023-05-23", map: "5/50.5/36", place: "sup:gora-podol" });
    await expect.poll(() => map.renderedLabels("report-selected-label")).toEqual(["Gora-Podol"]);
  });

  it("closes the sourcing panel and the export popover with Escape", async () => {
    const map = await suite.driver({ width: 1440, height: 900 });
    await map.openMap({ from: "2023-05-22", to: "2023-05-23" });
    await map.selectListedPlace("Kozinka");
    await map.press("Escape");
    await expect.poll(() => map.sourcingOpen()).toBe(false);
    await map.openExport();
    await map.clickOutsideExport();
    await map.press("Escape");
    await expect.poll(() => map.exportOpen()).toBe(false);
  });
});

describe("one count of sources", () => {
  it("gives the list, the panel and the circle the same number, mentions not counted as sources", async () => {
    const map = await suite.driver({ width: 1440, height: 900 });
    await map.openMap({ from: "2023-05-22", to: "2023-05-23", mentions: "1", map: "6/50.5/36" });
    for (const name of ["Belgorod Oblast", "Kharkiv"]) {
      await map.selectListedPlace(name);
      const listed = await map.listedSourceCount(name);
      expect(await map.panelSourceCount()).toBe(listed);
      if (name === "Kharkiv") {
        expect(listed).toBe(0);
        expect(await map.circleSourceCount(name)).toBe(0);
      }
    }
  });

  it("follows the time window in the panel", async () => {
    const map = await suite.driver({ width: 1440, height: 900 });
    await map.openMap({ from: "2023-05-22", to: "2024-08-31", mentions: "1" });
    await map.selectListedPlace("Kharkiv");
    const wide = await map.sourceItemCount();
    await map.scrubTo("2024-08-06", "2024-08-07");
    await expect.poll(() => map.sourceItemCount()).toBeLessThan(wide);
    expect(await new SourcingDriver(map).showsDateDisagreement()).toBe(false);
  });
});
