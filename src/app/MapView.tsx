import { useEffect, useRef } from "react";
import { IncursionMap } from "../map/IncursionMap";
import { registerIncursionMap } from "../map/mapRegistry";
import { useIncursionStore } from "../store/store";
import { visibleDayRange, visiblePlaceReports } from "../store/derived";
import { sourceCountsByPlace } from "../store/selectors";
import type { DayRange } from "../store/timeWindow";
import { installTestHook } from "./testHook";

const sameRange = (a: DayRange | null, b: DayRange | null) =>
  a === b || (!!a && !!b && a.fromDay === b.fromDay && a.toDay === b.toDay);

/** Creates the map and forwards store changes to it as intents; holds no state itself. */
export function MapView() {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const store = useIncursionStore;
    const map = new IncursionMap(container.current!, {
      view: store.getState().mapView,
      onPlaceClick: (placeId) => store.getState().select(placeId),
      onViewChange: (view) => store.getState().setMapView(view),
      onBasemapFallback: (message) => store.setState({ basemap: "offline", notice: message }),
    });
    registerIncursionMap(map);
    installTestHook({ incursionMap: map, map: map.getMapForExport(), store });

    // Circle sizes follow the window; coalesced to one update per frame while scrubbing.
    let countsFrame = 0;
    const updateCounts = () => {
      cancelAnimationFrame(countsFrame);
      countsFrame = requestAnimationFrame(() =>
        map.setSourceCounts(sourceCountsByPlace(visiblePlaceReports(store.getState()))));
    };
    const subscriptions = [
      store.subscribe((s) => [s.placeReports, s.campaigns] as const, ([reports, campaigns]) => {
        map.showPlaceReports(reports, campaigns);
        updateCounts();
      }, { fireImmediately: true, equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] }),
      store.subscribe(visibleDayRange, (range) => {
        map.setTimeWindow(range);
        updateCounts();
      }, { fireImmediately: true, equalityFn: sameRange }),
      store.subscribe((s) => s.showMentions, (show) => {
        map.setShowMentions(show);
        updateCounts();
      }, { fireImmediately: true }),
      store.subscribe((s) => s.selection, (placeId) => {
        map.select(placeId);
        if (placeId) map.focusPlace(placeId);
      }, { fireImmediately: true }),
      store.subscribe((s) => s.mapView, (view) => view && map.jumpTo(view)),
      store.subscribe((s) => s.basemap, (basemap) => void map.setBasemap(basemap)),
    ];
    return () => {
      subscriptions.forEach((unsubscribe) => unsubscribe());
      cancelAnimationFrame(countsFrame);
      registerIncursionMap(null);
      installTestHook(null);
      map.destroy();
    };
  }, []);

  return <div ref={container} className="map" data-testid="map" role="region" aria-label="Map of place reports" />;
}
