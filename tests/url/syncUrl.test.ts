// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parsePlaceReportDataset } from "../../src/data/checkDataset";
import { initialDomain, initialView, useIncursionStore } from "../../src/store/store";
import { syncUrl } from "../../src/url/syncUrl";
import { toDayRange } from "../../src/store/timeWindow";

const days = (from: string, to: string) => toDayRange({ from, to });

const fixture = JSON.parse(readFileSync(resolve(import.meta.dirname, "../fixtures/placeReports.small.geojson"), "utf8"));
const parsed = parsePlaceReportDataset(fixture, "fixture");
if (!parsed.ok) throw new Error(parsed.error);
const dataset = parsed.dataset;

describe("keeping the address bar in step with the store", () => {
  let stop: () => void;
  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, "", "/map/");
    useIncursionStore.setState({ ...initialDomain, ...initialView });
    useIncursionStore.getState().loadDataset(dataset, { url: null, name: "fixture" });
    stop = syncUrl(useIncursionStore, () => {});
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it("pushes a history entry when a place is selected", () => {
    const before = window.history.length;
    useIncursionStore.getState().select("gn:kozinka");
    expect(window.location.search).toContain("place=gn:kozinka");
    expect(window.history.length).toBe(before + 1);
  });

  it("pushes one entry for a window dragged through many days", () => {
    const before = window.history.length;
    for (const to of ["2023-05-23", "2023-05-24", "2023-05-25"]) {
      useIncursionStore.getState().setTimeWindow(days("2023-05-22", to));
      vi.advanceTimersByTime(100);
    }
    vi.advanceTimersByTime(1000);
    expect(window.location.search).toContain("from=2023-05-22&to=2023-05-25");
    expect(window.history.length).toBe(before + 1);
  });

  it("replaces the entry when the map moves, without losing a pending window change", () => {
    const before = window.history.length;
    useIncursionStore.getState().setTimeWindow(days("2024-08-06", "2024-08-07"));
    useIncursionStore.getState().setMapView({ zoom: 8, lat: 51.19, lon: 35.27 });
    vi.advanceTimersByTime(1000);
    expect(window.history.length).toBe(before + 1);
    useIncursionStore.getState().setMapView({ zoom: 9, lat: 51.19, lon: 35.27 });
    vi.advanceTimersByTime(1000);
    expect(window.history.length).toBe(before + 1);
    expect(window.location.search).toMatch(/^\?map=9\.00\/.*from=2024-08-06&to=2024-08-07/);
  });

  it("restores the store from the URL on popstate", () => {
    window.history.replaceState(null, "", "/map/?from=2023-05-22&to=2023-05-23&place=gn:sudzha&mentions=1");
    window.dispatchEvent(new PopStateEvent("popstate"));
    const state = useIncursionStore.getState();
    expect(state.timeWindow).toEqual(days("2023-05-22", "2023-05-23"));
    expect(state.selection).toBe("gn:sudzha");
    expect(state.showMentions).toBe(true);
  });

  it("pushes a history entry when the claimant kinds change, and takes them back on Back", () => {
    const before = window.history.length;
    useIncursionStore.getState().setClaimKinds(["independent", "ukrainian_official"]);
    expect(new URLSearchParams(window.location.search).get("claims")).toBe("ukrainian_official,independent");
    expect(window.history.length).toBe(before + 1);
    window.history.replaceState(null, "", "/map/");
    window.dispatchEvent(new PopStateEvent("popstate"));
    expect(useIncursionStore.getState().claimKinds).toBeNull();
  });

  it("tells the reader about a claimant kind the link names that does not exist", () => {
    window.history.replaceState(null, "", "/map/?claims=independent,kremlin");
    window.dispatchEvent(new PopStateEvent("popstate"));
    const state = useIncursionStore.getState();
    expect(state.claimKinds).toEqual(["independent"]);
    expect(state.notice).toMatch(/unknown claimant kind "kremlin"/);
  });
});
