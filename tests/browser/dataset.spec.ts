import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hasSampleCorpus } from "./support/driver";
import { mapSuite } from "./support/suite";

const suite = mapSuite();
const fixture = readFileSync(new URL("../fixtures/placeReports.small.geojson", import.meta.url));

describe("a dataset opened from a file", () => {
  it.skipIf(!hasSampleCorpus())("is still there after a reload, until the reader goes back to the sample", async () => {
    const map = await suite.driver();
    await map.openMap();
    await map.openFile("desk-map.geojson", fixture);
    await expect.poll(() => map.datasetLabel(), { timeout: 15_000 }).toMatch(/^desk-map\.geojson · \d+ reports$/);
    const label = await map.datasetLabel();
    await map.reload();
    await expect.poll(() => map.datasetLabel(), { timeout: 10_000 }).toBe(label);
    await map.useSample();
    await expect.poll(() => map.datasetLabel(), { timeout: 15_000 }).toMatch(/^sample corpus/);
    await map.reload();
    await expect.poll(() => map.datasetLabel(), { timeout: 15_000 }).toMatch(/^sample corpus/);
  });
});

describe("a dataset from another site", () => {
  it("explains CORS when the other site does not let the page read it", async () => {
    const map = await suite.driver();
    // Same server, another origin (localhost, not 127.0.0.1), no Access-Control-Allow-Origin.
    const elsewhere = map.fixtureUrl("placeReports.small.geojson").replace("127.0.0.1", "localhost");
    await map.openMap({ data: elsewhere });
    const message = await map.message();
    expect(message).toContain("CORS");
    expect(message).toMatch(/Access-Control-Allow-Origin/);
    expect(message).toMatch(/Open…/);
  });
});
