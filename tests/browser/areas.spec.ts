import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hasSampleCorpus } from "./support/driver";
import { mapSuite } from "./support/suite";

const suite = mapSuite();
const areasBuilt = existsSync(new URL("../../public/basemap/areas.json", import.meta.url));

/** The sample corpus names the Sudzha district (Sudzhanskiy Rayon) on 6-7 August 2024 and the Grayvoron one on 23 May 2023. */
describe.skipIf(!hasSampleCorpus() || !areasBuilt)("districts and regions on the map", () => {
  it("draws the Sudzha district and Kursk Oblast as areas in August 2024, and takes them away when the window leaves them", async () => {
    const map = await suite.driver();
    await map.openMap({ from: "2024-08-06", to: "2024-08-07", map: "6.5/51.2/35.8" });
    await expect.poll(() => map.drawnAreas(), { timeout: 10_000 }).toEqual(expect.arrayContaining(["Sudzhanskiy Rayon", "Kursk Oblast"]));
    expect(await map.drawnAsCircle("Sudzhanskiy Rayon")).toBe(false);

    await map.scrubTo("2023-05-22", "2023-05-23");
    await expect.poll(() => map.drawnAreas(), { timeout: 5000 }).toEqual(expect.arrayContaining(["Grayvoronskiy Rayon", "Belgorod Oblast"]));
    const drawn = await map.drawnAreas();
    expect(drawn).not.toContain("Sudzhanskiy Rayon");
    expect(drawn).not.toContain("Kursk Oblast");
    expect(map.session.outsideRequests).toEqual([]);
  });

  it("opens the district's sourcing from a click inside its area", async () => {
    const map = await suite.driver();
    await map.openMap({ from: "2024-08-06", to: "2024-08-07", map: "8/51.2/35.3" });
    await expect.poll(() => map.drawnAreas(), { timeout: 10_000 }).toContain("Sudzhanskiy Rayon");
    await map.clickArea("Sudzhanskiy Rayon");
    expect(await map.sourcingPlace()).toBe("Sudzhanskiy Rayon");
  });

  it("keeps drawing a district as a circle when the areas file is missing", async () => {
    const map = await suite.driver();
    await map.withoutFile("basemap/areas.json");
    await map.openMap({ from: "2024-08-06", to: "2024-08-07", map: "7/51.2/35.3" });
    await expect.poll(() => map.drawnAsCircle("Sudzhanskiy Rayon"), { timeout: 10_000 }).toBe(true);
    expect(await map.drawnAreas()).toEqual([]);
    expect(map.session.pageErrors).toEqual([]);
  });
});
