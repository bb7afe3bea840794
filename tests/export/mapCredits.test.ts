import { describe, expect, it } from "vitest";
import { styleCredits } from "../../src/export/mapCredits";

describe("map credits", () => {
  it("collects the attribution of every style source that declares one, in order", () => {
    const credits = styleCredits({
      sources: {
        land: { type: "geojson", data: { type: "FeatureCollection", features: [] }, attribution: "Natural Earth" },
        reports: { type: "geojson", data: { type: "FeatureCollection", features: [] } },
        osm: { type: "vector", url: "pmtiles://x", attribution: "© OpenStreetMap contributors" },
        blank: { type: "vector", url: "pmtiles://y", attribution: "  " },
      },
    });
    expect(credits).toEqual(["Natural Earth", "© OpenStreetMap contributors"]);
  });
});
