import { create } from "zustand";
import { subscribeWithSelector } from "zustand/middleware";
import type { Campaign } from "../contract/campaign";
import type { Correction } from "../contract/corrections";
import type { ClaimantKind, UnresolvedPlace } from "../contract/placeReport";
import { CLAIMANT_KINDS } from "../contract/placeValues";
import { correctedDataset, correctionsApplierLoaded, loadCorrectionsApplier } from "../data/correctedDataset";
import type { DatedPlaceReport, PlaceReportDataset } from "../data/placeReports";
import { indexDataset, type DatasetIndex } from "../data/datasetIndex";
import { clampWindow, windowExtent, type DayRange } from "./timeWindow";

export interface MapCamera {
  zoom: number;
  lat: number;
  lon: number;
}

export type Basemap = "offline" | "online";

export type CorrectionsKept = "reading" | "saving" | "kept" | "page only";

/** Domain state: what was loaded, and the editors' decisions about it. */
export interface DomainState {
  /** The reports as the map shows them: the loaded ones with the editors' decisions applied. */
  placeReports: DatedPlaceReport[];
  unresolved: UnresolvedPlace[];
  /** What the window selectors read about `placeReports`, built with it (data/datasetIndex.ts). */
  datasetIndex: DatasetIndex;
  /** The dataset as loaded, before any decision. */
  loadedReports: DatedPlaceReport[];
  loadedUnresolved: UnresolvedPlace[];
  /** The editors' decisions about this dataset, oldest first. */
  corrections: Correction[];
  /** The corrections file the link names (`?corrections=`), kept in the link so it reproduces the view. */
  correctionsUrl: string | null;
  /** Where the decisions stand in this browser: being read back, being written, kept, or lost on closing (no storage). */
  correctionsKept: CorrectionsKept;
  campaigns: Campaign[];
  /** The URL the dataset came from; null for the default sample or a dropped file. */
  dataUrl: string | null;
  datasetName: string | null;
  loadError: string | null;
}

/** View state: what the reader is looking at. Everything else is derived by selectors. */
export interface ViewState {
  /** The days shown, as day numbers (contract/days.ts); the URL and the date fields write them as ISO dates. */
  timeWindow: DayRange | null;
  cumulative: boolean;
  selection: string | null;
  compare: [string, string] | null;
  showMentions: boolean;
  /** Reports outside every campaign drawn faint, so the campaigns stand out; on by default. */
  fadeOutside: boolean;
  /** Only reports backed by a quote of one of these kinds of claimant are shown; null: every report. */
  claimKinds: ClaimantKind[] | null;
  mapView: MapCamera | null;
  playing: boolean;
  /** Days the window advances per second while playing. */
  playSpeed: number;
  basemap: Basemap;
  notice: string | null;
  /** Editors' review mode: every report and unresolved name can be acted on. */
  reviewMode: boolean;
  /** Places a click hit on top of each other, waiting for the reader to pick one. */
  chooser: PlaceChooserState | null;
}

interface PlaceChooserState {
  places: { placeId: string; name: string }[];
  /** Where the click was, in the map's CSS pixels. */
  x: number;
  y: number;
}

interface Actions {
  loadDataset(dataset: PlaceReportDataset, source: { url: string | null; name: string }): void;
  setLoadError(message: string | null): void;
  setCampaigns(campaigns: Campaign[]): void;
  setTimeWindow(window: DayRange): void;
  setCumulative(cumulative: boolean): void;
  setFadeOutside(fade: boolean): void;
  select(placeId: string | null): void;
  setCompare(compare: [string, string] | null): void;
  setShowMentions(show: boolean): void;
  /** Chooses the claimant kinds to show; none (or null) lifts the filter. */
  setClaimKinds(kinds: readonly ClaimantKind[] | null): void;
  setMapView(view: MapCamera): void;
  setPlaying(playing: boolean): void;
  setPlaySpeed(daysPerSecond: number): void;
  setBasemap(basemap: Basemap): void;
  setNotice(notice: string | null): void;
  /** Replaces the decisions (a file loaded, an undo) and re-applies them to the loaded dataset. */
  setCorrections(corrections: Correction[]): void;
  addCorrection(correction: Correction): void;
  setCorrectionsKept(kept: CorrectionsKept): void;
  setReviewMode(on: boolean): void;
  setChooser(chooser: PlaceChooserState | null): void;
}

export type IncursionState = DomainState & ViewState & Actions;

export const initialDomain: DomainState = {
  placeReports: [], datasetIndex: indexDataset([]), unresolved: [], loadedReports: [], loadedUnresolved: [], corrections: [], correctionsUrl: null, correctionsKept: "reading",
  campaigns: [], dataUrl: null, datasetName: null, loadError: null,
};

export const initialView: ViewState = {
  timeWindow: null, cumulative: false, selection: null, compare: null, showMentions: false, fadeOutside: true, claimKinds: null,
  mapView: null, playing: false, playSpeed: 2, basemap: "offline", notice: null, reviewMode: false, chooser: null,
};

export const useIncursionStore = create<IncursionState>()(
  subscribeWithSelector((set, get) => ({
    ...initialDomain,
    ...initialView,
    loadDataset(dataset, source) {
      // Decisions belong to a dataset: another one starts with none until its own are read back.
      const sameDataset = source.url === get().dataUrl && source.name === get().datasetName;
      const corrections = sameDataset ? get().corrections : [];
      const corrected = correctedDataset(dataset.placeReports, dataset.unresolved, corrections, get().campaigns);
      const datasetIndex = indexDataset(corrected.placeReports);
      const extent = datasetIndex.extent;
      const current = get().timeWindow;
      // A window from the URL survives loading, kept to the data and the campaigns over it.
      const timeWindow = extent
        ? (current ? clampWindow(current, windowExtent(extent, get().campaigns)) : extent)
        : current;
      const selection = corrected.placeReports.some((f) => f.properties.place_id === get().selection)
        ? get().selection
        : null;
      set({
        placeReports: corrected.placeReports, datasetIndex, unresolved: corrected.unresolved,
        loadedReports: dataset.placeReports, loadedUnresolved: dataset.unresolved, corrections,
        dataUrl: source.url, datasetName: source.name, loadError: null, timeWindow, selection,
      });
    },
    setLoadError: (loadError) => set({ loadError }),
    setCampaigns: (campaigns) => set({ campaigns }),
    setTimeWindow(window) {
      const next = clampWindow(window, windowExtent(get().datasetIndex.extent, get().campaigns));
      const current = get().timeWindow;
      if (current && current.fromDay === next.fromDay && current.toDay === next.toDay) return;
      set({ timeWindow: next });
    },
    setCumulative: (cumulative) => set({ cumulative }),
    setFadeOutside: (fadeOutside) => set({ fadeOutside }),
    select: (selection) => set({ selection, chooser: null }),
    setCompare: (compare) => set({ compare }),
    setShowMentions: (showMentions) => set({ showMentions }),
    setClaimKinds(kinds) {
      // In the contract's order, each once, so equal choices compare (and link) alike.
      const chosen = CLAIMANT_KINDS.filter((kind) => kinds?.includes(kind));
      const current = get().claimKinds;
      const next = chosen.length > 0 ? chosen : null;
      if (next?.join() === current?.join()) return;
      set({ claimKinds: next });
    },
    setMapView: (mapView) => set({ mapView }),
    setPlaying: (playing) => set({ playing }),
    setPlaySpeed: (playSpeed) => set({ playSpeed }),
    setBasemap: (basemap) => set({ basemap }),
    setNotice: (notice) => set({ notice }),
    setCorrections(corrections) {
      // The decisions' core is fetched with the first decision; the store holds none before it is here.
      if (corrections.length > 0 && !correctionsApplierLoaded()) {
        void loadCorrectionsApplier().then(() => get().setCorrections(corrections));
        return;
      }
      const { loadedReports, loadedUnresolved, campaigns } = get();
      const corrected = correctedDataset(loadedReports, loadedUnresolved, corrections, campaigns);
      // Decisions that change no report (or none at all) keep the index of the same array.
      const datasetIndex = corrected.placeReports === get().placeReports ? get().datasetIndex : indexDataset(corrected.placeReports);
      set({ corrections, placeReports: corrected.placeReports, datasetIndex, unresolved: corrected.unresolved });
    },
    addCorrection(correction) {
      get().setCorrections([...get().corrections, correction]);
    },
    setCorrectionsKept: (correctionsKept) => set({ correctionsKept }),
    setReviewMode: (reviewMode) => set({ reviewMode }),
    setChooser: (chooser) => set({ chooser }),
  })),
);

export type IncursionStore = typeof useIncursionStore;
