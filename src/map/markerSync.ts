import type { Map as MaplibreMap } from "maplibre-gl";
import { indexDataset, type DatasetIndex } from "../data/datasetIndex";
import { noVisibleReports, type VisibleReports } from "../store/selectors";
import { AREA_SOURCE } from "./areaLayers";
import { areaMarkerIds, areaStates, changedAreas, type AreaState } from "./areaStates";
import { drawnMarks, type DrawnMarks } from "./drawnMarks";
import { MARKER_STATE } from "./featureState";
import {
  buildPlaceMarkers, changedMarkers, markerStates,
  type MarkerStates, type PlaceMarkers,
} from "./placeMarkers";
import { LABEL_SOURCE, REPORT_LAYERS, REPORT_SOURCE, labelFilter, selectedLabelFilter } from "./reportLayers";

/**
 * Keeps the markers' feature-state, and that of the areas drawn for region and district
 * markers, in step with the visible reports, sending MapLibre only what changed.
 *
 * NOTE: this relies on MapLibre (6.x) re-evaluating feature-state paint properties on
 * the main thread (Tile.setFeatureState → ProgramConfigurationSet.updatePaintArrays)
 * for the changed features only. A filter change, or a data-driven paint property
 * reading ["global-state", ...], instead marks the whole source for reload
 * (Style._updateLayer), which re-lays-out every tile on the worker.
 */
export class MarkerSync {
  private markers: PlaceMarkers = buildPlaceMarkers(indexDataset([]));
  private areaMarkers = new Map<string, number[]>();
  /**
   * Place ids the areas file has a shape for; null until it has loaded or failed, while
   * region and district markers draw neither (no circle flashes up before its area).
   */
  private areaIds: ReadonlySet<string> | null = null;
  private visible: VisibleReports = noVisibleReports(indexDataset([]));
  /** What the map holds; null when it holds nothing yet and every marker must be sent. */
  private applied: MarkerStates | null = null;
  private appliedAreas: Map<string, AreaState> | null = null;
  private appliedLabels = "";
  private selection: string | null = null;

  /**
   * The map is created after this (its first style needs the markers), hence the getter.
   * `onDrawn` hears of every change to what is drawn (the legend follows it).
   */
  constructor(private readonly mapOf: () => MaplibreMap, private readonly onDrawn: () => void = () => {}) {}

  /** Names, positions and campaigns ("" for none) of the shown markers other than regions (whose point is only a centre). */
  shownPoints(): { name: string; coordinates: [number, number]; campaign: string }[] {
    const states = this.applied;
    if (!states) return [];
    return this.markers.collection.features.flatMap((f, id) => states.shown[id] === 1 && f.properties.geo_precision !== "region"
      ? [{ name: f.properties.name, coordinates: f.geometry.coordinates as [number, number], campaign: states.campaign[id]! }]
      : []);
  }

  /** What the layers draw now, by kind and colour. */
  drawn(): DrawnMarks {
    return drawnMarks(this.markers, this.applied ?? markerStates(this.markers, this.visible), this.areaIds);
  }

  private get map(): MaplibreMap {
    return this.mapOf();
  }

  get collection(): PlaceMarkers["collection"] {
    return this.markers.collection;
  }

  /** The dataset's region and district places: the areas the area layers are filtered to. */
  get areaPlaceIds(): string[] {
    return [...this.areaMarkers.keys()];
  }

  /** New dataset: new markers. The caller sends the collection to both sources. */
  load(dataset: DatasetIndex): void {
    this.markers = buildPlaceMarkers(dataset);
    this.areaMarkers = areaMarkerIds(this.markers);
    this.visible = noVisibleReports(dataset);
    this.forget();
  }

  /** The areas file has loaded: its places are drawn as areas from now on, not circles. */
  setAreaIds(areaIds: ReadonlySet<string>): void {
    this.areaIds = areaIds;
    this.appliedAreas = null;
    if (!this.applied || !this.map.getSource(REPORT_SOURCE)) return; // apply() will send it all
    for (const [placeId, ids] of this.areaMarkers) {
      for (const id of ids) this.map.setFeatureState({ source: REPORT_SOURCE, id }, { [MARKER_STATE.area]: areaIds.has(placeId) });
    }
    this.applyAreas(this.applied);
    this.onDrawn();
  }

  /** After a new style or new data, the map holds no marker state any more. */
  forget(): void {
    this.applied = null;
    this.appliedAreas = null;
    this.appliedLabels = "";
    if (this.map.getSource(REPORT_SOURCE)) this.map.removeFeatureState({ source: REPORT_SOURCE });
    if (this.map.getSource(AREA_SOURCE)) this.map.removeFeatureState({ source: AREA_SOURCE });
  }

  show(visible: VisibleReports): void {
    this.visible = visible;
    this.apply();
  }

  select(placeId: string | null): void {
    const before = this.selection;
    this.selection = placeId;
    if (!this.map.getSource(REPORT_SOURCE)) return;
    this.markers.collection.features.forEach(({ properties }, id) => {
      if (properties.place_id === before || properties.place_id === placeId) {
        this.map.setFeatureState({ source: REPORT_SOURCE, id }, { [MARKER_STATE.selected]: properties.place_id === placeId });
      }
    });
    if (this.applied) this.applyLabels(this.applied);
    if (!this.map.getSource(AREA_SOURCE)) return;
    for (const id of [before, placeId]) {
      if (id !== null && this.drawsArea(id)) this.map.setFeatureState({ source: AREA_SOURCE, id }, { [MARKER_STATE.selected]: id === placeId });
    }
  }

  /** Pushes the difference between what the map holds and what the window shows. */
  apply(): void {
    if (!this.map.getSource(REPORT_SOURCE)) return;
    const next = markerStates(this.markers, this.visible);
    const changed = this.applied ? changedMarkers(this.applied, next) : next.shown.keys();
    const features = this.markers.collection.features;
    for (const id of changed) {
      const { place_id, geo_precision } = features[id]!.properties;
      this.map.setFeatureState({ source: REPORT_SOURCE, id }, {
        [MARKER_STATE.shown]: next.shown[id] === 1,
        [MARKER_STATE.sources]: next.sources[id],
        [MARKER_STATE.campaign]: next.campaign[id],
        [MARKER_STATE.mention]: next.mention[id] === 1,
        [MARKER_STATE.contested]: next.contested[id] === 1,
        [MARKER_STATE.selected]: place_id === this.selection,
        [MARKER_STATE.area]: geo_precision !== "exact" && (this.areaIds?.has(place_id) ?? true),
      });
    }
    this.applied = next;
    this.applyAreas(next);
    this.applyLabels(next);
    this.onDrawn();
  }

  private drawsArea(placeId: string): boolean {
    return !!this.areaIds?.has(placeId) && this.areaMarkers.has(placeId);
  }

  private applyAreas(states: MarkerStates): void {
    const areaIds = this.areaIds;
    if (!this.map.getSource(AREA_SOURCE) || !areaIds) return;
    const placeIds = [...this.areaMarkers.keys()].filter((id) => areaIds.has(id));
    const next = areaStates(this.areaMarkers, placeIds, states);
    for (const id of changedAreas(this.appliedAreas, next)) {
      const { shown, campaign } = next.get(id)!;
      this.map.setFeatureState({ source: AREA_SOURCE, id }, {
        [MARKER_STATE.shown]: shown, [MARKER_STATE.campaign]: campaign, [MARKER_STATE.selected]: id === this.selection,
      });
    }
    this.appliedAreas = next;
  }

  private applyLabels(states: MarkerStates): void {
    if (!this.map.getLayer(REPORT_LAYERS.labels) || !this.map.getSource(LABEL_SOURCE)) return;
    const shownIds: number[] = [];
    states.shown.forEach((shown, id) => shown && shownIds.push(id));
    const key = `${this.selection}\u0000${shownIds.join(",")}`;
    if (key === this.appliedLabels) return;
    this.appliedLabels = key;
    this.map.setFilter(REPORT_LAYERS.labels, labelFilter(shownIds, this.selection));
    this.map.setFilter(REPORT_LAYERS.selectedLabel, selectedLabelFilter(shownIds, this.selection));
  }
}
