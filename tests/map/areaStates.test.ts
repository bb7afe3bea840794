import { featureFilter, type FilterSpecification } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import { isoToDay } from "../../src/contract/days";
import type { DatedPlaceReport } from "../../src/data/placeReports";
import { areaFilter } from "../../src/map/areaLayers";
import { areaMarkerIds, areaStates, changedAreas } from "../../src/map/areaStates";
import { buildPlaceMarkers, markerStates } from "../../src/map/placeMarkers";
import { reportsInWindow } from "../../src/store/selectors";
import { indexDataset } from "../../src/data/datasetIndex";

/** Just the fields the markers and the window read. */
const report = (
  reportIndex: number, placeId: string, precision: "exact" | "district" | "region", start: string, end: string,
  campaign: string | null, coordinates: [number, number] = [35.27, 51.19],
): DatedPlaceReport => ({
  type: "Feature",
  geometry: { type: "Point", coordinates },
  properties: {
    report_index: reportIndex, place_id: placeId, name: placeId, geo_precision: precision, role: "event", quotes: [],
    source_id: `s${reportIndex}`, campaign, day_start: isoToDay(start), day_end: isoToDay(end),
  },
} as unknown as DatedPlaceReport);

const reports = [
  report(0, "486813", "district", "2024-08-06", "2024-08-07", "kursk-2024"),
  report(1, "adm1:RU.41", "region", "2024-03-12", "2024-03-12", "election-raids-2024", [36.08, 51.68]),
  report(2, "adm1:RU.41", "region", "2024-08-06", "2024-08-06", "kursk-2024", [36.08, 51.68]),
  // The same region placed elsewhere by another gazetteer: a second marker, the same area.
  report(3, "adm1:RU.41", "region", "2024-08-20", "2024-08-20", null, [36.1, 51.7]),
  report(4, "486816", "exact", "2024-08-06", "2024-08-06", "kursk-2024"),
  report(5, "adm2:XX.1", "district", "2024-08-06", "2024-08-06", "kursk-2024"),
];
const dataset = indexDataset(reports);
const markers = buildPlaceMarkers(dataset);
const byPlace = areaMarkerIds(markers);
const areaIds = ["486813", "adm1:RU.41"];
const statesIn = (from: string, to: string) =>
  areaStates(byPlace, areaIds, markerStates(markers, reportsInWindow(dataset, { fromDay: isoToDay(from), toDay: isoToDay(to) }, false)));

describe("areas of region and district reports", () => {
  it("are the dataset's region and district places, never a village", () => {
    expect([...byPlace.keys()].sort()).toEqual(["486813", "adm1:RU.41", "adm2:XX.1"]);
    expect(byPlace.get("adm1:RU.41")!.length).toBe(2);
  });

  it("are shown while a report of their place is in the window, and hidden with it", () => {
    expect(Object.fromEntries([...statesIn("2024-08-06", "2024-08-07")].map(([id, s]) => [id, s.shown])))
      .toEqual({ "486813": true, "adm1:RU.41": true });
    expect(statesIn("2024-03-12", "2024-03-12").get("486813")!.shown).toBe(false);
    expect(statesIn("2024-03-12", "2024-03-12").get("adm1:RU.41")!.shown).toBe(true);
    expect([...statesIn("2023-01-01", "2023-12-31").values()].some((s) => s.shown)).toBe(false);
  });

  it("take the campaign of the latest shown report of their place, over all its markers", () => {
    expect(statesIn("2024-03-01", "2024-08-10").get("adm1:RU.41")!.campaign).toBe("kursk-2024");
    expect(statesIn("2024-03-01", "2024-03-31").get("adm1:RU.41")!.campaign).toBe("election-raids-2024");
    expect(statesIn("2024-03-01", "2024-08-31").get("adm1:RU.41")!.campaign).toBe("");
  });

  it("are sent only for the areas whose state changed", () => {
    const march = statesIn("2024-03-12", "2024-03-12");
    const august = statesIn("2024-08-06", "2024-08-07");
    expect(changedAreas(null, march).sort()).toEqual(areaIds);
    expect(changedAreas(march, august).sort()).toEqual(areaIds);
    expect(changedAreas(august, statesIn("2024-08-06", "2024-08-06"))).toEqual([]);
  });
});

describe("the area filter", () => {
  const areas = [
    { place_id: "486813", kind: "district" }, { place_id: "824990", kind: "district" },
    { place_id: "adm1:RU.41", kind: "region" }, { place_id: "adm1:RU.09", kind: "region" },
  ];
  const passing = (filter: FilterSpecification) => {
    const { filter: test } = featureFilter(filter, "test");
    return areas.filter((properties) => test({ zoom: 6 }, { type: 3, properties })).map((a) => a.place_id);
  };

  it("lets through the dataset's areas of one kind only", () => {
    expect(passing(areaFilter("district", ["486813", "adm1:RU.41"]))).toEqual(["486813"]);
    expect(passing(areaFilter("region", ["486813", "adm1:RU.41"]))).toEqual(["adm1:RU.41"]);
    expect(passing(areaFilter("region", []))).toEqual([]);
  });
});
