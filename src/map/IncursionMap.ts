import * as maplibregl from "maplibre-gl";
import { type GeoJSONSource, type Map as MaplibreMap, type StyleSpecification } from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import "./workerUrl";
import type { Campaign } from "../contract/campaign";
import type { PlaceReport } from "../contract/placeReport";
import { indexDataset, type DatasetIndex } from "../data/datasetIndex";
import type { VisibleReports } from "../store/selectors";
import type { Basemap, MapCamera } from "../store/store";
import type { AreaProperties } from "./areaFile";
import { AREA_SOURCE } from "./areaLayers";
import { AreaSource } from "./areaSource";
import { basemapUrls, type BasemapData } from "./basemapData";
import type { DrawnMarks } from "./drawnMarks";
import { campaignColour } from "./featureState";
import { campaignColoursOf } from "./styleColours";
import { offlineStyle } from "./offlineStyle";
import { fetchOnlineStyle } from "./onlineStyle";
import { MarkerSync } from "./markerSync";
import { placesAtPixel } from "./placesAtPixel";
import { attributionControlCredits, styleCredits } from "./mapCredits";
import { renderMapImage, type MapImage } from "./mapImage";
import { storyBounds, type LonLatBounds } from "./framing";
import { MapFraming } from "./mapFraming";
import { CLICKABLE_LAYERS, LABEL_SOURCE, REPORT_LAYERS, REPORT_SOURCE, markOpacity, pointFill, pointStroke, reportLayers } from "./reportLayers";

export interface DrawnLegend extends DrawnMarks {
  colours: { id: string; colour: string }[];
  /** Reports outside every campaign are drawn faint. */
  fadedOutside: boolean;
}

export interface IncursionMapOptions {
  view: MapCamera | null;
  onPlaceClick(placeId: string): void;
  /**
   * Every place a click may mean (none, one, or several drawn on top of each other), with
   * the click's point in the map's CSS pixels; when given, it is told instead of onPlaceClick.
   */
  onPlacesHit?(places: { placeId: string; name: string }[], point: { x: number; y: number }): void;
  onViewChange(view: MapCamera): void;
  /**
   * Frame where the story happened (the campaigns' event places in the window) when the
   * first dataset is shown; only when no `view` is given.
   */
  frameStory?: boolean;
  /** What is drawn over the map (the legend, a bottom sheet): framing keeps places clear of it. */
  coveredBy?(): readonly (Element | null)[];
  /** Told when the online basemap failed and the offline one is back. */
  onBasemapFallback(message: string): void;
}

const CIRCLE_LAYERS = [REPORT_LAYERS.regions, REPORT_LAYERS.districts, REPORT_LAYERS.points, REPORT_LAYERS.approximate];
const DEFAULT_VIEW: MapCamera = { zoom: 5.2, lat: 50.6, lon: 35.5 };

/**
 * The only owner of the maplibregl.Map. Everything else speaks in intents (show these
 * reports, this window, this selection); this class turns them into sources, layers,
 * filters and feature-state, and puts them back after a basemap switch.
 */
export class IncursionMap {
  private readonly map: MaplibreMap;
  private readonly basemapData: BasemapData = basemapUrls(document.baseURI);
  private basemap: Basemap = "offline";
  private dataset: DatasetIndex = indexDataset([]);
  private campaigns: Campaign[] = [];
  // Field initialisers run before the constructor body, which composes the first style from it.
  private readonly markers = new MarkerSync(() => this.map, () => this.drawnListeners.forEach((listener) => listener()));
  private readonly drawnListeners = new Set<() => void>();
  private readonly areas = new AreaSource(() => this.map, document.baseURI, (ids) => this.markers.setAreaIds(ids));
  /** The online style once fetched; null while the offline basemap is drawn. */
  private onlineBase: StyleSpecification | null = null;
  private reportsDirty = false;
  private pendingPick: ((point: [number, number] | null) => void) | null = null;
  private pendingMarker: maplibregl.Marker | null = null;
  private coloursDirty = false;
  private fadeOutside = true;
  private readonly framing: MapFraming;
  /** The first dataset is still to be framed (frameStory, and no camera given). */
  private storyToFrame: boolean;

  constructor(container: HTMLElement, private readonly options: IncursionMapOptions) {
    const view = options.view ?? DEFAULT_VIEW;
    this.map = new maplibregl.Map({
      container,
      style: this.composeStyle(this.baseStyle()),
      center: [view.lon, view.lat],
      zoom: view.zoom,
      attributionControl: { compact: true, customAttribution: "Basemap: Natural Earth, GeoNames" },
      // Export reads pixels back from the canvas after rendering.
      canvasContextAttributes: { preserveDrawingBuffer: true },
      // Labels follow the time window as it is scrubbed: they switch at once instead of
      // cross-fading, so a change is on screen in one frame rather than after a 300 ms fade.
      fadeDuration: 0,
    });
    this.framing = new MapFraming(this.map, options.coveredBy ?? (() => []));
    this.storyToFrame = !options.view && !!options.frameStory;
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-right");
    this.map.addControl(new maplibregl.ScaleControl({ unit: "metric" }), "bottom-left");
    this.map.on("style.load", () => this.applyReportState());
    this.map.once("idle", () => this.areas.load());
    this.map.on("sourcedata", (event) => {
      if (event.sourceId === AREA_SOURCE && event.sourceDataType === "metadata") this.areas.sourceLoaded();
    });
    this.map.on("click", (event) => {
      if (this.pendingPick) {
        this.finishPick([event.lngLat.lng, event.lngLat.lat]);
        return;
      }
      const places = placesAtPixel(this.map, event.point.x, event.point.y);
      if (this.options.onPlacesHit) this.options.onPlacesHit(places, { x: event.point.x, y: event.point.y });
      else if (places[0]) this.options.onPlaceClick(places[0].placeId);
    });
    for (const layer of CLICKABLE_LAYERS) {
      this.map.on("mouseenter", layer, () => (this.map.getCanvas().style.cursor = "pointer"));
      this.map.on("mouseleave", layer, () => (this.map.getCanvas().style.cursor = ""));
    }
    this.map.on("moveend", () => this.options.onViewChange(this.getView()));
    this.map.on("error", (event) => this.onMapError(event.error, (event as { sourceId?: string }).sourceId));
  }

  /**
   * The point of the next click on the map, [lon, lat], for an editor placing a name; null if
   * cancelled (Escape, or another pick). Places are not selected by that click.
   */
  pickPoint(): Promise<[number, number] | null> {
    this.finishPick(null);
    this.map.getCanvas().style.cursor = "crosshair";
    return new Promise((resolve) => (this.pendingPick = resolve));
  }

  cancelPick(): void {
    this.finishPick(null);
  }

  /** Marks where an editor is about to place a name; null removes the mark. */
  showPendingPoint(point: [number, number] | null): void {
    this.pendingMarker?.remove();
    this.pendingMarker = point ? new maplibregl.Marker({ color: "#111" }).setLngLat(point).addTo(this.map) : null;
  }

  /** Where a point lies on screen, in CSS pixels of the map's container. */
  screenPointOf(lon: number, lat: number): { x: number; y: number } {
    const { x, y } = this.map.project([lon, lat]);
    return { x, y };
  }

  private finishPick(point: [number, number] | null): void {
    const resolve = this.pendingPick;
    if (!resolve) return;
    this.pendingPick = null;
    this.map.getCanvas().style.cursor = "";
    resolve(point);
  }

  /** A new dataset. Data changes only here; scrubbing goes through showVisible. */
  showPlaceReports(dataset: DatasetIndex, campaigns: readonly Campaign[]): void {
    if (dataset !== this.dataset) {
      this.dataset = dataset;
      this.markers.load(dataset);
      this.reportsDirty = true;
    }
    const sameCampaigns = campaigns.length === this.campaigns.length && campaigns.every((c, i) => c === this.campaigns[i]);
    if (!sameCampaigns) {
      this.campaigns = [...campaigns];
      this.coloursDirty = true;
    }
    if (this.map.getSource(REPORT_SOURCE)) this.applyReportState();
  }

  /**
   * The reports the window shows, as the store's selector computed them (the list shows
   * the same ones). Costs feature-state updates for the places that changed, no reload.
   */
  showVisible(visible: VisibleReports): void {
    this.markers.show(visible);
    // The first window of the first dataset: frame what it shows of the campaigns.
    if (this.storyToFrame && this.dataset.reports.length > 0 && visible.numbers === this.dataset.numbers) {
      this.storyToFrame = false;
      const story = storyBounds(visible.reports, null);
      if (story) this.framing.frame(story);
    }
  }

  select(placeId: string | null): void {
    this.markers.select(placeId);
  }

  /** Reports outside every campaign drawn faint (or not); the style keeps it across basemap changes. */
  fadeOutsideCampaigns(fade: boolean): void {
    if (fade === this.fadeOutside) return;
    this.fadeOutside = fade;
    if (!this.map.getLayer(REPORT_LAYERS.points)) return;
    const opacity = markOpacity(fade);
    this.map.setPaintProperty(REPORT_LAYERS.points, "circle-opacity", opacity.fill);
    this.map.setPaintProperty(REPORT_LAYERS.points, "circle-stroke-opacity", opacity.stroke);
    this.map.setPaintProperty(REPORT_LAYERS.approximate, "circle-stroke-opacity", opacity.ring);
    this.drawnListeners.forEach((listener) => listener());
  }

  /**
   * What the map draws now, for a legend: the kinds of mark, and each campaign colour in
   * use as the style holds it ("" for reports outside every campaign).
   */
  drawnLegend(): DrawnLegend {
    const marks = this.markers.drawn();
    const layer = this.map.getLayer(REPORT_LAYERS.points) ? REPORT_LAYERS.points : null;
    const styleColours = campaignColoursOf(layer ? this.map.getPaintProperty(layer, "circle-color") : campaignColour(this.campaigns));
    const colours = marks.campaigns.map((id) => ({ id, colour: styleColours.get(id) ?? styleColours.get("") ?? "#555555" }));
    return { ...marks, colours, fadedOutside: this.fadeOutside };
  }

  /** Calls `listener` whenever what is drawn may have changed; returns the unsubscribe. */
  onDrawnChange(listener: () => void): () => void {
    this.drawnListeners.add(listener);
    return () => this.drawnListeners.delete(listener);
  }

  /** The region and district areas drawn now (shown in the window, on screen), by place id; for tests. */
  renderedAreas(): Pick<AreaProperties, "place_id" | "name" | "kind">[] {
    return this.areas.rendered();
  }

  /** Eases to a place unless it is already in view and clear of what is drawn over the map. */
  focusPlace(placeId: string): void {
    const feature = this.dataset.reports.find((f) => f.properties.place_id === placeId);
    if (!feature || feature.properties.geo_precision === "country") return;
    const [lon, lat] = feature.geometry.coordinates as [number, number];
    this.framing.reveal(lon, lat);
  }

  /**
   * Frames the bounds with room around them (an eighth of the map's shorter side plus the
   * largest dot's radius, so no marker sits on the frame's edge) and clear of what is drawn
   * over the map.
   */
  fitTo(bounds: LonLatBounds): void {
    this.framing.frame(bounds, { maxZoom: 11 });
  }

  /** Whether places can be framed beside everything drawn over the map now (the legend folds itself when not). */
  leavesRoomForPlaces(): boolean {
    return this.framing.leavesRoom();
  }

  /** Eases to where the campaigns' events were reported among these (shown) reports; nothing happens when they have none. */
  frameCampaigns(campaignIds: readonly string[], reports: readonly PlaceReport[]): void {
    const bounds = storyBounds(reports, campaignIds);
    if (bounds) this.framing.frame(bounds, { animate: true });
  }

  /** The shown village and district markers in the map's CSS pixels, with their campaign ("" for none) and the map's size; for framing checks in tests. */
  shownMarkerPixels(): { markers: { name: string; campaign: string; x: number; y: number }[]; width: number; height: number } {
    const { clientWidth: width, clientHeight: height } = this.map.getContainer();
    const markers = this.markers.shownPoints().map(({ name, campaign, coordinates }) => {
      const { x, y } = this.map.project(coordinates);
      return { name, campaign, x, y };
    });
    return { markers, width, height };
  }

  jumpTo(view: MapCamera): void {
    const current = this.getView();
    const same = Math.abs(current.zoom - view.zoom) < 0.01 &&
      Math.abs(current.lat - view.lat) < 1e-4 && Math.abs(current.lon - view.lon) < 1e-4;
    if (same) return;
    // A camera given from outside (a link, the browser's history) wins over framing the story.
    this.storyToFrame = false;
    this.framing.release();
    this.map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
  }

  getView(): MapCamera {
    const center = this.map.getCenter();
    return { zoom: this.map.getZoom(), lat: center.lat, lon: center.lng };
  }

  async setBasemap(basemap: Basemap): Promise<void> {
    if (basemap === this.basemap) return;
    this.basemap = basemap;
    if (basemap === "offline") {
      this.onlineBase = null;
      return this.restyle();
    }
    try {
      const online = await fetchOnlineStyle();
      if (this.basemap !== "online") return;
      this.onlineBase = online;
      this.restyle();
    } catch (error) {
      this.fallBackOffline(`Online basemap unavailable (${String(error)}); showing the offline map.`);
    }
  }

  /** For export: the canvas as last rendered (drawing buffer is preserved). */
  getCanvasForExport(): HTMLCanvasElement {
    return this.map.getCanvas();
  }

  /** The view rendered `widthPx(cssWidth)` output pixels wide (and `heightPx` high), for a snapshot; the screen is left as it was. */
  renderImage(widthPx: (cssWidth: number) => number, heightPx?: (pixelRatio: number) => number): Promise<MapImage> {
    return renderMapImage(this.map, () => this.whenIdle(), widthPx, heightPx);
  }

  /** Who the drawn map's data comes from: the style's sources and the attribution control's own credits. */
  credits(): string[] {
    return [...styleCredits(this.map.getStyle()), ...attributionControlCredits(this.map.getContainer())];
  }

  /** The MapLibre map itself, for the browser tests' hook only (src/testHook/). */
  mapForTests(): MaplibreMap {
    return this.map;
  }

  /**
   * Resolves after a frame with nothing left to load or animate. The repaint guarantees
   * such a frame comes even when the map is already idle.
   */
  whenIdle(): Promise<void> {
    return new Promise((resolve) => {
      this.map.once("idle", () => resolve());
      this.map.triggerRepaint();
    });
  }

  destroy(): void {
    this.framing.destroy();
    this.map.remove();
  }

  private baseStyle(): StyleSpecification {
    return this.onlineBase ?? offlineStyle(this.basemapData);
  }

  private restyle(): void {
    // The composed style carries the current reports and basemap data already.
    this.reportsDirty = false;
    this.coloursDirty = false;
    this.map.setStyle(this.composeStyle(this.baseStyle()), { diff: false });
  }

  private composeStyle(base: StyleSpecification): StyleSpecification {
    return {
      ...base,
      sources: {
        ...base.sources,
        [REPORT_SOURCE]: { type: "geojson", data: this.markers.collection, promoteId: "marker_id" },
        [LABEL_SOURCE]: { type: "geojson", data: this.markers.collection },
        [AREA_SOURCE]: this.areas.spec,
      },
      layers: [...base.layers, ...reportLayers(this.campaigns, this.markers.areaPlaceIds, this.fadeOutside)],
    };
  }

  /** On style.load (all state is new) and on a new dataset or campaign list. */
  private applyReportState(): void {
    const source = this.map.getSource(REPORT_SOURCE) as GeoJSONSource | undefined;
    if (!source) return;
    if (this.reportsDirty) {
      this.reportsDirty = false;
      void source.setData(this.markers.collection);
      void (this.map.getSource(LABEL_SOURCE) as GeoJSONSource | undefined)?.setData(this.markers.collection);
      this.areas.showOnly(this.markers.areaPlaceIds);
    }
    if (this.coloursDirty) {
      this.coloursDirty = false;
      const colour = campaignColour(this.campaigns);
      for (const layer of CIRCLE_LAYERS) {
        const point = layer === REPORT_LAYERS.points;
        this.map.setPaintProperty(layer, "circle-color", point ? pointFill(colour) : colour);
        this.map.setPaintProperty(layer, "circle-stroke-color", point ? pointStroke(colour) : colour);
      }
      this.areas.colour(colour);
    }
    this.markers.forget();
    this.markers.apply();
  }

  private onMapError(error: { message: string }, sourceId: string | undefined): void {
    if (this.areas.failed(sourceId, error.message)) return;
    const ours = sourceId === REPORT_SOURCE || sourceId === AREA_SOURCE || sourceId?.startsWith("basemap-");
    if (this.basemap === "online" && !ours) {
      this.fallBackOffline(`Online basemap failed (${error.message}); showing the offline map.`);
    } else console.warn("map:", error.message);
  }

  private fallBackOffline(message: string): void {
    if (this.basemap === "offline") return;
    this.basemap = "offline";
    if (this.onlineBase) {
      this.onlineBase = null;
      this.restyle();
    }
    this.options.onBasemapFallback(message);
  }
}
