import { readFileSync } from "node:fs";
import { createExpression, featureFilter, validateStyleMin, type FilterSpecification } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import campaigns from "../../data/campaigns.json";
import { isoToDay } from "../../src/contract/days";
import { type DatedPlaceReport } from "../../src/data/placeReports";
import { parsePlaceReportDataset } from "../../src/data/checkDataset";
import { areasUrl } from "../../src/map/areaFile";
import { AREA_SOURCE } from "../../src/map/areaLayers";
import { basemapUrls } from "../../src/map/basemapData";
import { offlineStyle } from "../../src/map/offlineStyle";
import { buildPlaceMarkers, changedMarkers, markerStates } from "../../src/map/placeMarkers";
import { CLICKABLE_LAYERS, LABEL_SOURCE, REPORT_LAYERS, REPORT_SOURCE, labelFilter, reportLayers } from "../../src/map/reportLayers";
import { indexDataset } from "../../src/data/datasetIndex";
import { reportsInWindow, type VisibleReports } from "../../src/store/selectors";
import { asVisible } from "../fixtures/visibleReports";

const fixture = JSON.parse(readFileSync(new URL("../fixtures/placeReports.small.geojson", import.meta.url), "utf8"));
const parsed = parsePlaceReportDataset(fixture, "fixture");
if (!parsed.ok) throw new Error(parsed.error);
const { placeReports } = parsed.dataset;
const dataset = indexDataset(placeReports);
const markers = buildPlaceMarkers(dataset);

const windows = [
  ["2023-05-22", "2023-05-23"],
  ["2023-05-23", "2023-05-23"],
  ["2024-08-06", "2024-08-07"],
  ["2022-01-01", "2025-01-01"],
  ["2021-01-01", "2021-12-31"],
] as const;

const visibleIn = (from: string, to: string, showMentions = false): VisibleReports =>
  reportsInWindow(dataset, { fromDay: isoToDay(from), toDay: isoToDay(to) }, showMentions);

const shownNames = (visible: VisibleReports): string[] => {
  const states = markerStates(markers, visible);
  return markers.collection.features.filter((_, id) => states.shown[id]).map((f) => f.properties.name).sort();
};

describe("place markers", () => {
  it("make one marker per place and position, and none for country-level reports", () => {
    const names = markers.collection.features.map((f) => f.properties.name).sort();
    expect(names).toEqual(["Gora-Podol", "Grayvoronskiy Rayon", "Kharkiv", "Kozinka", "Moscow", "Sudzha", "Tëtkino"]);
    const russia = placeReports.find((f) => f.properties.name === "Russia")!;
    expect(markers.markerOfReport[russia.properties.report_index]).toBe(-1);
  });

  it.each(windows)("show exactly the places of the selector's reports for %s..%s", (from, to) => {
    for (const showMentions of [false, true]) {
      const visible = visibleIn(from, to, showMentions);
      const expected = [...new Set(visible.reports.filter((f) => f.properties.geo_precision !== "country").map((f) => f.properties.name))].sort();
      expect(shownNames(visible)).toEqual(expected);
    }
  });

  it("size each shown place by the distinct sources inside the window", () => {
    const visible = visibleIn("2023-05-22", "2023-05-23");
    const states = markerStates(markers, visible);
    // Counted here the plain way, with strings, as the check on the numbered count.
    const sources = new Map<string, Set<string>>();
    for (const { properties: p } of visible.reports) sources.set(p.place_id, (sources.get(p.place_id) ?? new Set()).add(p.source_id));
    markers.collection.features.forEach(({ properties }, id) => {
      expect(states.sources[id]).toBe(states.shown[id] ? sources.get(properties.place_id)!.size : 0);
    });
    const kozinka = markers.collection.features.findIndex((f) => f.properties.name === "Kozinka");
    expect(states.sources[kozinka]).toBe(2);
    expect(markerStates(markers, visibleIn("2023-05-22", "2023-05-22")).sources[kozinka]).toBe(1);
  });

  it("take the campaign of the latest shown report", () => {
    const sudzha = markers.collection.features.findIndex((f) => f.properties.name === "Sudzha");
    const relabelled = placeReports.map((f) => f.properties.source_id === "c2"
      ? { ...f, properties: { ...f.properties, campaign: "later" } } : f);
    const relabelledDataset = indexDataset(relabelled);
    const relabelledMarkers = buildPlaceMarkers(relabelledDataset);
    const all = reportsInWindow(relabelledDataset, { fromDay: isoToDay("2024-08-01"), toDay: isoToDay("2024-08-31") }, false);
    expect(markerStates(relabelledMarkers, all).campaign[sudzha]).toBe("later");
    const early = reportsInWindow(relabelledDataset, { fromDay: isoToDay("2024-08-01"), toDay: isoToDay("2024-08-07") }, false);
    expect(markerStates(relabelledMarkers, early).campaign[sudzha]).toBe("kursk-2024");
  });

  it("report as changed only the markers whose state differs", () => {
    const before = markerStates(markers, visibleIn("2023-05-22", "2023-05-23"));
    const after = markerStates(markers, visibleIn("2023-05-22", "2023-05-22"));
    const names = changedMarkers(before, after).map((id) => markers.collection.features[id]!.properties.name).sort();
    // Kozinka loses a source; the district's report spans both days and stays as it was.
    expect(names).toEqual(["Kozinka"]);
    expect(changedMarkers(after, after)).toEqual([]);
  });
});

describe("marker states on random datasets, against a plain reading of the reports", () => {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  /** Reports numbered in shuffled order, as a dataset's report_index need not follow its array. */
  const dataset = (size: number): DatedPlaceReport[] => {
    const numbers = Array.from({ length: size }, (_, i) => i * 2 + 1).sort(() => random() - 0.5);
    return numbers.map((reportIndex) => {
      const place = Math.floor(random() * 30);
      const day = random() < 0.1 ? undefined : 19000 + Math.floor(random() * 20);
      const properties = {
        report_index: reportIndex, place_id: `p${place}`, name: `Place ${place}`, source_id: `s${Math.floor(random() * 9)}`,
        day_start: day, day_end: day === undefined ? undefined : day + Math.floor(random() * 3),
        geo_precision: pick(["exact", "exact", "district", "country"] as const), campaign: pick([null, "a", "b"]),
        role: pick(["event", "mention"] as const), quotes: [],
      };
      return { type: "Feature", geometry: { type: "Point", coordinates: [place % 4, 50] }, properties } as unknown as DatedPlaceReport;
    });
  };

  it("show, count (event sources only), colour and mark mention-only each marker as the visible report objects say", () => {
    for (let round = 0; round < 20; round++) {
      const all = dataset(300);
      const indexed = indexDataset(all);
      const markers = buildPlaceMarkers(indexed);
      const from = 19000 + Math.floor(random() * 20);
      const chosen = [
        reportsInWindow(indexed, { fromDay: from, toDay: from + Math.floor(random() * 8) }, random() < 0.5),
        asVisible(all.filter(() => random() < 0.3), all),
      ];
      for (const chosenReports of chosen) {
        const states = markerStates(markers, chosenReports);
        const visible = chosenReports.reports;
        markers.collection.features.forEach(({ geometry, properties: m }, id) => {
          const own = visible.filter(({ geometry: g, properties: p }) => p.place_id === m.place_id &&
            p.geo_precision === m.geo_precision && g.coordinates.join() === geometry.coordinates.join());
          const everyForPlace = visible.filter(({ properties: p }) => p.place_id === m.place_id);
          let latest = -Infinity;
          let campaign = "";
          for (const { properties: p } of own) {
            if ((p.day_start ?? -Infinity) >= latest) [latest, campaign] = [p.day_start ?? -Infinity, p.campaign ?? ""];
          }
          expect(states.shown[id]).toBe(own.length > 0 ? 1 : 0);
          const eventSources = everyForPlace.filter((f) => f.properties.role === "event").map((f) => f.properties.source_id);
          expect(states.sources[id]).toBe(own.length > 0 ? new Set(eventSources).size : 0);
          expect(states.mention[id]).toBe(own.length > 0 && own.every((f) => f.properties.role === "mention") ? 1 : 0);
          expect(states.campaign[id]).toBe(campaign);
        });
      }
    }
  });
});

describe("the label filter", () => {
  it("lets through the labels of shown markers only, districts and exact places", () => {
    const states = markerStates(markers, visibleIn("2023-05-22", "2023-05-23"));
    const shownIds = markers.collection.features.map((_, id) => id).filter((id) => states.shown[id]);
    const { filter } = featureFilter(labelFilter(shownIds) as FilterSpecification, "test");
    const labelled = markers.collection.features
      .filter((f) => filter({ zoom: 6 }, { type: 1, properties: f.properties as unknown as Record<string, unknown> }))
      .map((f) => f.properties.name).sort();
    expect(labelled).toEqual(["Gora-Podol", "Grayvoronskiy Rayon", "Kozinka"]);
  });

  it("lets nothing through when nothing is shown", () => {
    const { filter } = featureFilter(labelFilter([]) as FilterSpecification, "test");
    expect(markers.collection.features.some((f) =>
      filter({ zoom: 6 }, { type: 1, properties: f.properties as unknown as Record<string, unknown> }))).toBe(false);
  });
});

describe("a village drawn at the unit or neighbour its text places it by", () => {
  // Kremyanoye in the Sudzha district, and Popovo near Tëtkino, beside the district's own report.
  const base = placeReports.find((f) => f.properties.name === "Sudzha")!;
  const at = (name: string, place_id: string, kind: "settlement" | "district", geo_precision: "exact" | "district" | "near", report_index: number): DatedPlaceReport =>
    ({ ...base, properties: { ...base.properties, name, place_id, kind, geo_precision, report_index } });
  const reports = [
    at("Kremyanoye", "near:486813:kremyanoye", "settlement", "district", 0),
    at("Sudzhanskiy Rayon", "486813", "district", "district", 1),
    at("Popovo", "near:cj:RU:51.28128,34.29382:popovo", "settlement", "near", 2),
    at("Sudzha", "486816", "settlement", "exact", 3),
  ];
  const features = buildPlaceMarkers(indexDataset(reports)).collection.features;
  const drawnBy = (layerId: string) => {
    const layer = reportLayers(campaigns).find((l) => l.id === layerId) as { filter: FilterSpecification };
    const { filter } = featureFilter(layer.filter, "test");
    return features.filter((f) => filter({ zoom: 6 }, { type: 1, properties: f.properties as unknown as Record<string, unknown> })).map((f) => f.properties.name);
  };

  it("gets a marker of its own, marked approximate", () => {
    expect(features.map((f) => [f.properties.name, f.properties.approximate])).toEqual([
      ["Kremyanoye", true], ["Sudzhanskiy Rayon", false], ["Popovo", true], ["Sudzha", false],
    ]);
  });

  it("is drawn as a ring of its own, never as a point or a district's halo", () => {
    expect(drawnBy(REPORT_LAYERS.approximate)).toEqual(["Kremyanoye", "Popovo"]);
    expect(drawnBy(REPORT_LAYERS.points)).toEqual(["Sudzha"]);
    expect(drawnBy(REPORT_LAYERS.districts)).toEqual(["Sudzhanskiy Rayon"]);
    expect(drawnBy(REPORT_LAYERS.selected)).toEqual(["Kremyanoye", "Sudzhanskiy Rayon", "Popovo", "Sudzha"]);
    expect(CLICKABLE_LAYERS).toContain(REPORT_LAYERS.approximate);
  });

  it("is labelled as approximate", () => {
    const { filter } = featureFilter(labelFilter(features.map((_, id) => id)) as FilterSpecification, "test");
    expect(features.filter((f) => filter({ zoom: 6 }, { type: 1, properties: f.properties as unknown as Record<string, unknown> })).map((f) => f.properties.name))
      .toEqual(["Kremyanoye", "Sudzhanskiy Rayon", "Popovo", "Sudzha"]);
    const labels = reportLayers(campaigns).find((l) => l.id === REPORT_LAYERS.labels) as { layout: { "text-field": unknown } };
    const text = createExpression(labels.layout["text-field"], "layers[report-labels].layout.text-field");
    if (text.result !== "success") throw new Error("label expression does not compile");
    const label = (f: (typeof features)[number]) => String(text.value.evaluate({ zoom: 6 }, { type: 1, properties: f.properties as unknown as Record<string, unknown> }));
    expect(features.map(label)).toEqual(["Kremyanoye (approx.)", "Sudzhanskiy Rayon", "Popovo (approx.)", "Sudzha"]);
  });
});

describe("the offline style", () => {
  it("is a valid MapLibre style with the report layers and areas on top and no glyph server", () => {
    const base = offlineStyle(basemapUrls("http://localhost/newsroom/"));
    const empty = { type: "geojson" as const, data: { type: "FeatureCollection" as const, features: [] } };
    const style = {
      ...base,
      sources: {
        ...base.sources, [REPORT_SOURCE]: empty, [LABEL_SOURCE]: empty,
        [AREA_SOURCE]: { type: "geojson" as const, data: areasUrl("http://localhost/newsroom/"), promoteId: "place_id" },
      },
      layers: [...base.layers, ...reportLayers(campaigns, ["486813", "adm1:RU.41"])],
    };
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.glyphs).toBeUndefined();
  });
});
