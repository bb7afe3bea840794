import type { Map as MaplibreMap } from "maplibre-gl";
import type { DatedPlaceReport } from "../data/placeReports";
import {
  buildPlaceMarkers, changedMarkers, markerStates,
  type MarkerStates, type PlaceMarkers,
} from "./placeMarkers";
import { LABEL_SOURCE, MARKER_STATE, REPORT_LAYERS, REPORT_SOURCE, labelFilter } from "./reportLayers";

/**
 * Keeps the markers' feature-state in step with the visible reports, sending MapLibre
 * only the markers whose state changed.
 *
 * NOTE: this relies on MapLibre (6.x) re-evaluating feature-state paint properties on
 * the main thread (Tile.setFeatureState → ProgramConfigurationSet.updatePaintArrays)
 * for the changed features only. A filter change, or a data-driven paint property
 * reading ["global-state", ...], instead marks the whole source for reload
 * (Style._updateLayer), which re-lays-out every tile on the worker.
 */
export class MarkerSync {
  private markers: PlaceMarkers = buildPlaceMarkers([]);
  private visible: readonly DatedPlaceReport[] = [];
  /** What the map holds; null when it holds nothing yet and every marker must be sent. */
  private applied: MarkerStates | null = null;
  private appliedLabels = "";
  private selection: string | null = null;

  /** The map is created after this (its first style needs the markers), hence the getter. */
  constructor(private readonly mapOf: () => MaplibreMap) {}

  private get map(): MaplibreMap {
    return this.mapOf();
  }

  get collection(): PlaceMarkers["collection"] {
    return this.markers.collection;
  }

  /** New dataset: new markers. The caller sends the collection to both sources. */
  load(placeReports: readonly DatedPlaceReport[]): void {
    this.markers = buildPlaceMarkers(placeReports);
    this.visible = [];
    this.forget();
  }

  /** After a new style or new data, the map holds no marker state any more. */
  forget(): void {
    this.applied = null;
    this.appliedLabels = "";
    if (this.map.getSource(REPORT_SOURCE)) this.map.removeFeatureState({ source: REPORT_SOURCE });
  }

  show(visible: readonly DatedPlaceReport[]): void {
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
  }

  /** Pushes the difference between what the map holds and what the window shows. */
  apply(): void {
    if (!this.map.getSource(REPORT_SOURCE)) return;
    const next = markerStates(this.markers, this.visible);
    const changed = this.applied ? changedMarkers(this.applied, next) : next.shown.keys();
    for (const id of changed) {
      this.map.setFeatureState({ source: REPORT_SOURCE, id }, {
        [MARKER_STATE.shown]: next.shown[id] === 1,
        [MARKER_STATE.sources]: next.sources[id],
        [MARKER_STATE.campaign]: next.campaign[id],
        [MARKER_STATE.selected]: this.markers.collection.features[id]!.properties.place_id === this.selection,
      });
    }
    this.applied = next;
    this.applyLabels(next);
  }

  private applyLabels(states: MarkerStates): void {
    if (!this.map.getLayer(REPORT_LAYERS.labels) || !this.map.getSource(LABEL_SOURCE)) return;
    const shownIds: number[] = [];
    states.shown.forEach((shown, id) => shown && shownIds.push(id));
    const key = shownIds.join(",");
    if (key === this.appliedLabels) return;
    this.appliedLabels = key;
    this.map.setFilter(REPORT_LAYERS.labels, labelFilter(shownIds));
  }
}
