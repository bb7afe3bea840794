import type { Feature, FeatureCollection, Point } from "geojson";
import type { GeoPrecision } from "../contract/placeReport";
import { isApproximatePlacement } from "../contract/placeValues";
import type { DatasetIndex } from "../data/datasetIndex";
import { distinctSourcesByPlace, type ReportNumbers } from "../data/reportNumbers";
import type { VisibleReports } from "../store/selectors";

/**
 * What the map draws: one marker per place (and precision and position), however many
 * reports name it. Scrubbing then changes a few thousand markers' feature-state instead
 * of re-laying-out 100,000 report features, and which markers are shown comes from the
 * same pure selector as the list.
 */
interface MarkerProperties {
  marker_id: number;
  place_id: string;
  name: string;
  geo_precision: Exclude<GeoPrecision, "country">;
  /** A village drawn at the unit or neighbour its text places it by (see isApproximatePlacement). */
  approximate: boolean;
}

export interface PlaceMarkers {
  collection: FeatureCollection<Point, MarkerProperties>;
  /** Marker id per `report_index`; -1 for reports never drawn as a point (country level). */
  markerOfReport: Int32Array;
  /** Campaign per `report_index` ("" for none): the colour a window change reads. */
  campaignOfReport: string[];
  /** 1 per `report_index` whose role is `mention`: a place only mentioned is drawn hollow. */
  mentionOfReport: Uint8Array;
  /** 1 per `report_index` the contract marks `contested`: opposing sides' claims about it contradict each other. */
  contestedOfReport: Uint8Array;
  /** The dataset's place and source numbers, and the place number of each marker. */
  numbers: ReportNumbers;
  placeOfMarker: Int32Array;
}

/** Per marker, what the current window makes of it. Index = marker id. */
export interface MarkerStates {
  shown: Uint8Array;
  /** Distinct sources reporting an event at the place inside the window. */
  sources: Uint32Array;
  /** Campaign of the latest-starting shown report: the colour the circle takes. */
  campaign: string[];
  /** 1 where every shown report of the marker is a mention (nothing reported happening there). */
  mention: Uint8Array;
  /** 1 where a shown report of the marker is contested: the map rings it. */
  contested: Uint8Array;
  /** Start day of that report (-Infinity when hidden or undated): which marker an area takes its colour from. */
  latestDay: Float64Array;
}

export function buildPlaceMarkers({ reports: placeReports, numbers }: DatasetIndex): PlaceMarkers {
  // Indexed by report_index, as the dataset's numbers are.
  const markerOfReport = new Int32Array(numbers.place.length).fill(-1);
  const campaignOfReport = new Array<string>(numbers.place.length).fill("");
  const mentionOfReport = new Uint8Array(numbers.place.length);
  const contestedOfReport = new Uint8Array(numbers.place.length);
  const features: Feature<Point, MarkerProperties>[] = [];
  const placeOfMarker: number[] = [];
  const idByKey = new Map<string, number>();
  for (const { geometry, properties: p } of placeReports) {
    if (p.geo_precision === "country") continue;
    const [lon, lat] = geometry.coordinates;
    const key = `${p.place_id}\u0000${p.geo_precision}\u0000${lon},${lat}`;
    let id = idByKey.get(key);
    if (id === undefined) {
      id = features.length;
      idByKey.set(key, id);
      features.push({
        type: "Feature",
        geometry: { type: "Point", coordinates: [lon, lat] },
        properties: { marker_id: id, place_id: p.place_id, name: p.name, geo_precision: p.geo_precision, approximate: isApproximatePlacement(p) },
      });
      placeOfMarker.push(numbers.place[p.report_index]!);
    }
    markerOfReport[p.report_index] = id;
    campaignOfReport[p.report_index] = p.campaign ?? "";
    mentionOfReport[p.report_index] = p.role === "mention" ? 1 : 0;
    contestedOfReport[p.report_index] = p.contested ? 1 : 0;
  }
  return {
    collection: { type: "FeatureCollection", features }, markerOfReport, campaignOfReport, mentionOfReport, contestedOfReport,
    numbers, placeOfMarker: Int32Array.from(placeOfMarker),
  };
}

function hiddenMarkerStates(markerCount: number): MarkerStates {
  return {
    shown: new Uint8Array(markerCount), sources: new Uint32Array(markerCount), mention: new Uint8Array(markerCount),
    contested: new Uint8Array(markerCount),
    campaign: new Array<string>(markerCount).fill(""), latestDay: new Float64Array(markerCount).fill(-Infinity),
  };
}

/** Marker states for the reports the selector says are visible (and only those), from the markers' own dataset. */
export function markerStates(markers: PlaceMarkers, visible: VisibleReports): MarkerStates {
  const count = markers.collection.features.length;
  const states = hiddenMarkerStates(count);
  const { latestDay } = states;
  const { markerOfReport, campaignOfReport, mentionOfReport, contestedOfReport } = markers;
  const event = new Uint8Array(count);
  const { dayStart } = markers.numbers;
  const { indexes } = visible;
  for (let i = 0; i < indexes.length; i++) {
    const report = indexes[i]!;
    const id = markerOfReport[report] ?? -1;
    if (id < 0) continue;
    states.shown[id] = 1;
    if (!mentionOfReport[report]) event[id] = 1;
    if (contestedOfReport[report]) states.contested[id] = 1;
    const start = dayStart[report]!;
    const day = Number.isNaN(start) ? -Infinity : start;
    if (day >= latestDay[id]!) {
      latestDay[id] = day;
      states.campaign[id] = campaignOfReport[report]!;
    }
  }
  // Counted with the visible reports, unless they came before the markers' own dataset did.
  const sources = visible.numbers === markers.numbers ? visible.sourcesByPlace : distinctSourcesByPlace(indexes, markers.numbers);
  for (let id = 0; id < count; id++) {
    if (!states.shown[id]) continue;
    states.sources[id] = sources[markers.placeOfMarker[id]!]!;
    states.mention[id] = event[id] ? 0 : 1;
  }
  return states;
}

/** Ids of markers whose state differs, so a window change costs what it changes. */
export function changedMarkers(before: MarkerStates, after: MarkerStates): number[] {
  const changed: number[] = [];
  for (let id = 0; id < after.shown.length; id++) {
    if (before.shown[id] !== after.shown[id] ||
      (after.shown[id] && (before.sources[id] !== after.sources[id] || before.campaign[id] !== after.campaign[id] || before.mention[id] !== after.mention[id] ||
        before.contested[id] !== after.contested[id]))) {
      changed.push(id);
    }
  }
  return changed;
}
