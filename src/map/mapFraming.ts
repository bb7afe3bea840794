import type { Map as MaplibreMap } from "maplibre-gl";
import { MAX_DOT_RADIUS_PX, framingPadding, leavesRoomBeside, type LonLatBounds, type PixelBox } from "./framing";

/** How close a framed story may zoom: a lone village keeps its neighbours around it. */
const STORY_MAX_ZOOM = 7;
const EASE_MS = 500;
/** A place brought into view is shown at this zoom at least, unless the map is already past REVEAL_ENOUGH_ZOOM. */
const REVEAL_ZOOM = 8;
const REVEAL_ENOUGH_ZOOM = 6;

/**
 * The camera's framing of places in the part of the map that the boxes drawn over it (the
 * date, the legend, a phone's bottom sheet) leave free. A framing the map chose itself is
 * kept while those boxes or the map change size, until a reader moves the map, a link sets
 * the camera, or a place is brought into view: the camera moves again only when the framed
 * places would otherwise be hidden (off the map, or under a box that grew over them), so
 * scrubbing or playing the timeline, which changes the legend, leaves it still.
 */
export class MapFraming {
  private framed: { bounds: LonLatBounds; maxZoom: number } | null = null;
  /** The map's size and padding the framing was last fitted with: a change in neither needs no look. */
  private fittedFor = "";
  private readonly observer: ResizeObserver | null;

  constructor(private readonly map: MaplibreMap, private readonly coveredBy: () => readonly (Element | null)[]) {
    // A move with an original event is the reader's: pans, zooms, the zoom buttons, keys.
    map.on("movestart", (event) => {
      if (event.originalEvent) this.release();
    });
    map.on("resize", () => this.refit());
    // A size change during the camera's own glide is looked at once it ends.
    map.on("moveend", () => this.refit());
    this.observer = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(() => this.refit());
    this.observeCovers();
  }

  /** Frames the bounds beside whatever covers the map, and keeps them framed (see the class). */
  frame(bounds: LonLatBounds, options: { maxZoom?: number; animate?: boolean } = {}): void {
    this.framed = { bounds, maxZoom: options.maxZoom ?? STORY_MAX_ZOOM };
    this.observeCovers();
    this.fit(options.animate ?? false);
  }

  /** The camera is someone else's now: nothing is re-framed until `frame` is asked again. */
  release(): void {
    this.framed = null;
  }

  /** Whether places can be framed beside everything drawn over the map now, none under it. */
  leavesRoom(): boolean {
    return leavesRoomBeside(this.size(), this.covers());
  }

  /**
   * Eases the point to the middle of the free part of the map, unless it is already on
   * screen, clear of every box over the map, at a zoom that shows villages apart.
   */
  reveal(lon: number, lat: number): void {
    const { width, height } = this.size();
    const { x, y } = this.map.project([lon, lat]);
    const margin = MAX_DOT_RADIUS_PX;
    const onScreen = x >= margin && y >= margin && x <= width - margin && y <= height - margin;
    const covered = this.covers().some((b) => x >= b.left - margin && x <= b.right + margin && y >= b.top - margin && y <= b.bottom + margin);
    if (onScreen && !covered && this.map.getZoom() >= REVEAL_ENOUGH_ZOOM) return;
    this.release();
    const padding = framingPadding({ width, height }, this.covers());
    const offset: [number, number] = [(padding.left - padding.right) / 2, (padding.top - padding.bottom) / 2];
    this.map.easeTo({ center: [lon, lat], zoom: Math.max(this.map.getZoom(), REVEAL_ZOOM), offset, duration: this.easeMs(600) });
  }

  destroy(): void {
    this.observer?.disconnect();
  }

  private refit(): void {
    if (!this.framed || this.map.isMoving()) return;
    if (this.fitKey() === this.fittedFor || !this.framedHidden()) return;
    this.fit(false);
  }

  private fitKey(): string {
    return JSON.stringify([this.size(), framingPadding(this.size(), this.covers())]);
  }

  /** Whether the framed bounds (with a dot's radius round them) reach off the map or under a box over it. */
  private framedHidden(): boolean {
    const [west, south, east, north] = this.framed!.bounds;
    const { width, height } = this.size();
    const corners = [this.map.project([west, north]), this.map.project([east, south])];
    const margin = MAX_DOT_RADIUS_PX;
    const box = {
      left: Math.min(corners[0]!.x, corners[1]!.x) - margin, right: Math.max(corners[0]!.x, corners[1]!.x) + margin,
      top: Math.min(corners[0]!.y, corners[1]!.y) - margin, bottom: Math.max(corners[0]!.y, corners[1]!.y) + margin,
    };
    if (box.left < 0 || box.top < 0 || box.right > width || box.bottom > height) return true;
    return this.covers().some((c) => c.left < box.right && c.right > box.left && c.top < box.bottom && c.bottom > box.top);
  }

  private fit(animate: boolean): void {
    const framed = this.framed;
    if (!framed) return;
    const padding = framingPadding(this.size(), this.covers());
    this.fittedFor = JSON.stringify([this.size(), padding]);
    const [west, south, east, north] = framed.bounds;
    this.map.fitBounds([[west, south], [east, north]], { padding, maxZoom: framed.maxZoom, duration: animate ? this.easeMs(EASE_MS) : 0 });
  }

  /** The boxes over the map, in the map's CSS pixels. */
  private covers(): PixelBox[] {
    const origin = this.map.getContainer().getBoundingClientRect();
    return this.coveredBy().flatMap((element) => {
      if (!element) return [];
      const { left, top, right, bottom, width, height } = element.getBoundingClientRect();
      if (width === 0 || height === 0) return [];
      return [{ left: left - origin.left, top: top - origin.top, right: right - origin.left, bottom: bottom - origin.top }];
    });
  }

  private size(): { width: number; height: number } {
    const { clientWidth: width, clientHeight: height } = this.map.getContainer();
    return { width, height };
  }

  private observeCovers(): void {
    for (const element of this.coveredBy()) if (element) this.observer?.observe(element);
  }

  private easeMs(ms: number): number {
    return window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ? 0 : ms;
  }
}
