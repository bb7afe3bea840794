import { create } from "zustand";
import { subscribeWithSelector } from "zustand/middleware";
import type { Campaign } from "../contract/campaign";
import type { UnresolvedPlace } from "../contract/placeReport";
import type { DatedPlaceReport, PlaceReportDataset } from "../data/placeReports";
import { clampWindow, dataExtent, fromDayRange, toDayRange, type TimeWindow } from "./timeWindow";

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

export type Basemap = "offline" | "online";

/** Domain state: what was loaded. Replaced as a whole when another dataset opens. */
export interface DomainState {
  placeReports: DatedPlaceReport[];
  unresolved: UnresolvedPlace[];
  campaigns: Campaign[];
  /** The URL the dataset came from; null for the default sample or a dropped file. */
  dataUrl: string | null;
  datasetName: string | null;
  loadError: string | null;
}

/** View state: what the reader is looking at. Everything else is derived by selectors. */
export interface ViewState {
  timeWindow: TimeWindow | null;
  cumulative: boolean;
  selection: string | null;
  compare: [string, string] | null;
  showMentions: boolean;
  mapView: MapView | null;
  playing: boolean;
  /** Days the window advances per second while playing. */
  playSpeed: number;
  basemap: Basemap;
  notice: string | null;
}

export interface Actions {
  loadDataset(dataset: PlaceReportDataset, source: { url: string | null; name: string }): void;
  setLoadError(message: string | null): void;
  setCampaigns(campaigns: Campaign[]): void;
  setTimeWindow(window: TimeWindow): void;
  setCumulative(cumulative: boolean): void;
  select(placeId: string | null): void;
  setCompare(compare: [string, string] | null): void;
  setShowMentions(show: boolean): void;
  setMapView(view: MapView): void;
  setPlaying(playing: boolean): void;
  setPlaySpeed(daysPerSecond: number): void;
  setBasemap(basemap: Basemap): void;
  setNotice(notice: string | null): void;
}

export type IncursionState = DomainState & ViewState & Actions;

export const initialDomain: DomainState = {
  placeReports: [], unresolved: [], campaigns: [], dataUrl: null, datasetName: null, loadError: null,
};

export const initialView: ViewState = {
  timeWindow: null, cumulative: false, selection: null, compare: null, showMentions: false,
  mapView: null, playing: false, playSpeed: 2, basemap: "offline", notice: null,
};

export const useIncursionStore = create<IncursionState>()(
  subscribeWithSelector((set, get) => ({
    ...initialDomain,
    ...initialView,
    loadDataset(dataset, source) {
      const extent = dataExtent(dataset.placeReports);
      const current = get().timeWindow;
      // A window from the URL survives loading when it still overlaps the data.
      const timeWindow = extent
        ? fromDayRange(current ? clampWindow(toDayRange(current), extent) : extent)
        : current;
      const selection = dataset.placeReports.some((f) => f.properties.place_id === get().selection)
        ? get().selection
        : null;
      set({
        placeReports: dataset.placeReports, unresolved: dataset.unresolved,
        dataUrl: source.url, datasetName: source.name, loadError: null, timeWindow, selection,
      });
    },
    setLoadError: (loadError) => set({ loadError }),
    setCampaigns: (campaigns) => set({ campaigns }),
    setTimeWindow(window) {
      const clamped = clampWindow(toDayRange(window), dataExtent(get().placeReports));
      const next = fromDayRange(clamped);
      const current = get().timeWindow;
      if (current && current.from === next.from && current.to === next.to) return;
      set({ timeWindow: next });
    },
    setCumulative: (cumulative) => set({ cumulative }),
    select: (selection) => set({ selection }),
    setCompare: (compare) => set({ compare }),
    setShowMentions: (showMentions) => set({ showMentions }),
    setMapView: (mapView) => set({ mapView }),
    setPlaying: (playing) => set({ playing }),
    setPlaySpeed: (playSpeed) => set({ playSpeed }),
    setBasemap: (basemap) => set({ basemap }),
    setNotice: (notice) => set({ notice }),
  })),
);

export type IncursionStore = typeof useIncursionStore;
