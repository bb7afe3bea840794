import { describe, expect, it } from "vitest";
import { splitAttributionText, styleCredits } from "../../src/map/mapCredits";

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

describe("attribution control text", () => {
  it("splits the control's credits and leaves out the renderer", () => {
    expect(splitAttributionText("MapLibre |  Basemap: Natural Earth, GeoNames | © OpenStreetMap contributors")).toEqual([
      "Basemap: Natural Earth, GeoNames",
      "© OpenStreetMap contributors",
    ]);
    expect(splitAttributionText("")).toEqual([]);
  });
});
