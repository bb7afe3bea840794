import { describe, expect, it } from "vitest";
import { compareBounds } from "../../src/compare/compareBounds";
import { placeReport } from "./placeReportFixture";

describe("compare bounds", () => {
  it("frames the located places of both sides together", () => {
    const a = [placeReport({ place_id: "kozinka" }, [35.6026, 50.4613])];
    const b = [placeReport({ place_id: "sudzha" }, [35.2667, 51.1906]), placeReport({ place_id: "d", geo_precision: "district" }, [35.5, 51.3])];
    expect(compareBounds(a, b)).toEqual([35.2667, 50.4613, 35.6026, 51.3]);
  });

  it("frames a village drawn near a town by the town's point", () => {
    const a = [placeReport({ place_id: "kozinka" }, [35.6026, 50.4613])];
    const b = [placeReport({ place_id: "near:486816:kremyanoye", geo_precision: "near" }, [35.271, 51.191])];
    expect(compareBounds(a, b)).toEqual([35.271, 50.4613, 35.6026, 51.191]);
  });

  it("ignores mentions, region and country centroids, and gives null when nothing is left", () => {
    const centroids = [
      placeReport({ place_id: "moscow", role: "mention" }, [37.6156, 55.7522]),
      placeReport({ place_id: "ru", geo_precision: "country" }, [99, 61]),
      placeReport({ place_id: "obl", geo_precision: "region" }, [37.47, 50.66]),
    ];
    expect(compareBounds(centroids, [])).toBeNull();
  });
});
