import type { FeatureCollection } from "geojson";
import type { ExpressionSpecification, GeoJSONSource, GeoJSONSourceSpecification, Map as MaplibreMap } from "maplibre-gl";
import { areasUrl, type AreaProperties } from "./areaFile";
import { AREA_FILL_LAYERS, AREA_LAYERS, AREA_OUTLINE_LAYERS, AREA_SOURCE, areaFilter } from "./areaLayers";
import { MARKER_STATE } from "./featureState";

const NO_AREAS: FeatureCollection = { type: "FeatureCollection", features: [] };

/**
 * The areas source's life, for IncursionMap: the file is given to the source only once
 * the map is first idle (with one MapLibre worker, on 2 cores, its 1.3 MB would otherwise
 * be fetched, parsed, indexed and posted back to the page while the reports' and the
 * basemap's tiles wait), then the ids it holds are read back once and handed on; a missing
 * or bad file hands on none, and region and district reports keep their circles.
 */
export class AreaSource {
  private readonly url: string;
  private state: "waiting" | "loading" | "read" = "waiting";

  constructor(
    private readonly mapOf: () => MaplibreMap,
    pageUrl: string,
    private readonly onAreaIds: (ids: ReadonlySet<string>) => void,
  ) {
    this.url = areasUrl(pageUrl);
  }

  private get map(): MaplibreMap {
    return this.mapOf();
  }

  /** For a composed style: empty until the file is asked for, then its URL (the browser has it cached). */
  get spec(): GeoJSONSourceSpecification {
    return { type: "geojson", data: this.state === "waiting" ? NO_AREAS : this.url, promoteId: "place_id" };
  }

  /** Call once the map is first idle. */
  load(): void {
    if (this.state !== "waiting") return;
    this.state = "loading";
    void (this.map.getSource(AREA_SOURCE) as GeoJSONSource | undefined)?.setData(this.url);
  }

  /**
   * On the source's metadata event. NOTE: MapLibre 6's worker posts data it fetched from a
   * URL back to the main thread, so getData costs no second copy.
   */
  sourceLoaded(): void {
    const source = this.map.getSource(AREA_SOURCE) as GeoJSONSource | undefined;
    if (this.state !== "loading" || !source) return;
    this.state = "read";
    // The file's check loads with the file, not with the page.
    Promise.all([source.getData(), import("./areaCheck")])
      .then(([json, { areaPlaceIds }]) => this.onAreaIds(areaPlaceIds(json, this.url)))
      .catch((error: unknown) => this.fail(error instanceof Error ? error.message : String(error)));
  }

  /** A map error: true when it was the file failing to load, now handled. */
  failed(sourceId: string | undefined, message: string): boolean {
    if (sourceId !== AREA_SOURCE || this.state !== "loading") return false;
    this.fail(message);
    return true;
  }

  /** A new dataset: the layers are filtered to its region and district places. */
  showOnly(placeIds: readonly string[]): void {
    this.map.setFilter(AREA_LAYERS.regionFills, areaFilter("region", placeIds));
    this.map.setFilter(AREA_LAYERS.regionOutlines, areaFilter("region", placeIds));
    this.map.setFilter(AREA_LAYERS.districtFills, areaFilter("district", placeIds));
    this.map.setFilter(AREA_LAYERS.districtOutlines, areaFilter("district", placeIds));
  }

  colour(colour: ExpressionSpecification): void {
    for (const layer of AREA_FILL_LAYERS) this.map.setPaintProperty(layer, "fill-color", colour);
    for (const layer of AREA_OUTLINE_LAYERS) this.map.setPaintProperty(layer, "line-color", colour);
  }

  /** The areas drawn now (shown in the window, on screen), by place id. */
  rendered(): Pick<AreaProperties, "place_id" | "name" | "kind">[] {
    const drawn = new Map<string, Pick<AreaProperties, "place_id" | "name" | "kind">>();
    for (const { state, properties: p } of this.map.queryRenderedFeatures({ layers: AREA_FILL_LAYERS })) {
      if (state[MARKER_STATE.shown] === true) drawn.set(p.place_id, { place_id: p.place_id, name: p.name, kind: p.kind });
    }
    return [...drawn.values()].sort((a, b) => a.place_id.localeCompare(b.place_id));
  }

  private fail(message: string): void {
    this.state = "read";
    console.warn(`map: ${message}; region and district reports are drawn as circles`);
    this.onAreaIds(new Set());
  }
}
