import { lazy, Suspense, useEffect, useRef, type RefObject } from "react";
import { IncursionMap } from "../map/IncursionMap";
import { registerIncursionMap } from "../map/mapRegistry";
import { useIncursionStore } from "../store/store";
import { visiblePlaceReports } from "../store/derived";
import { MapDate } from "../timeline/MapDate";
import { installTestHook } from "../testHook/testHook";

// Not needed for the first frame: each its own chunk, so the first load stays small.
const Legend = lazy(() => import("../legend/Legend"));
const PlaceChooser = lazy(() => import("../sources/PlaceChooser"));

/**
 * Creates the map and forwards store changes to it as intents; holds no state itself.
 * `sheet` is a panel that may lie over the map (a phone's bottom sheet): framing keeps
 * places clear of it, as of the date and legend drawn over the map here.
 */
export function MapView({ sheet }: { sheet?: RefObject<HTMLElement | null> }) {
  const chooserOpen = useIncursionStore((s) => s.chooser !== null);
  const container = useRef<HTMLDivElement>(null);
  const overlays = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const store = useIncursionStore;
    const map = new IncursionMap(container.current!, {
      view: store.getState().mapView,
      frameStory: true,
      coveredBy: () => [overlays.current, sheet?.current ?? null],
      onPlaceClick: (placeId) => store.getState().select(placeId),
      onPlacesHit: (places, point) => {
        const { select, setChooser } = store.getState();
        if (places.length === 1) select(places[0]!.placeId);
        else setChooser(places.length > 1 ? { places, ...point } : null);
      },
      onViewChange: (view) => store.getState().setMapView(view),
      onBasemapFallback: (message) => store.setState({ basemap: "offline", notice: message }),
    });
    registerIncursionMap(map);
    installTestHook({ incursionMap: map, map: map.mapForTests(), store });

    // Registered first, so a new dataset reaches the map before its visible reports do.
    const subscriptions = [
      store.subscribe((s) => [s.datasetIndex, s.campaigns] as const, ([dataset, campaigns]) => {
        map.showPlaceReports(dataset, campaigns);
      }, { fireImmediately: true, equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] }),
      // The list reads the same memoised selector, so map and list agree on what is shown.
      store.subscribe(visiblePlaceReports, (visible) => map.showVisible(visible), { fireImmediately: true }),
      store.subscribe((s) => s.selection, (placeId) => {
        map.select(placeId);
        if (placeId) map.focusPlace(placeId);
      }, { fireImmediately: true }),
      store.subscribe((s) => s.mapView, (view) => view && map.jumpTo(view)),
      store.subscribe((s) => s.basemap, (basemap) => void map.setBasemap(basemap)),
      store.subscribe((s) => s.fadeOutside, (fade) => map.fadeOutsideCampaigns(fade), { fireImmediately: true }),
    ];
    return () => {
      subscriptions.forEach((unsubscribe) => unsubscribe());
      registerIncursionMap(null);
      installTestHook(null);
      map.destroy();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the map lives as long as the view; the refs are read when framing
  }, []);

  return (
    <div className="map-frame">
      <div ref={container} className="map" data-testid="map" role="region" aria-label="Map of place reports" />
      {chooserOpen && <Suspense fallback={null}><PlaceChooser /></Suspense>}
      <div ref={overlays} className="map-overlays">
        <MapDate />
        <Suspense fallback={null}><Legend /></Suspense>
      </div>
    </div>
  );
}
