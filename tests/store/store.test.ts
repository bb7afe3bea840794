import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { parsePlaceReportDataset } from "../../src/data/checkDataset";
import { visiblePlaceReports } from "../../src/store/derived";
import { initialDomain, initialView, useIncursionStore } from "../../src/store/store";
import { toDayRange } from "../../src/store/timeWindow";

const days = (from: string, to: string) => toDayRange({ from, to });

const fixture = JSON.parse(readFileSync(new URL("../fixtures/placeReports.small.geojson", import.meta.url), "utf8"));
const parsed = parsePlaceReportDataset(fixture, "fixture");
if (!parsed.ok) throw new Error(parsed.error);
const dataset = parsed.dataset;
const store = useIncursionStore;

describe("the store", () => {
  beforeEach(() => store.setState({ ...initialDomain, ...initialView }));

  it("opens a dataset on its whole date range when no window was asked for", () => {
    store.getState().loadDataset(dataset, { url: null, name: "fixture" });
    expect(store.getState().timeWindow).toEqual(days("2022-05-16", "2024-08-08"));
  });

  it("keeps a window from a link, clamped to the data", () => {
    store.setState({ timeWindow: days("2024-08-06", "2030-01-01") });
    store.getState().loadDataset(dataset, { url: null, name: "fixture" });
    expect(store.getState().timeWindow).toEqual(days("2024-08-06", "2024-08-08"));
  });

  it("drops a selection the new dataset does not know", () => {
    store.setState({ selection: "gn:atlantis" });
    store.getState().loadDataset(dataset, { url: null, name: "fixture" });
    expect(store.getState().selection).toBeNull();
  });

  it("derives the visible reports from the window and the mentions toggle", () => {
    store.getState().loadDataset(dataset, { url: null, name: "fixture" });
    store.getState().setTimeWindow(days("2023-05-22", "2023-05-22"));
    const names = () => visiblePlaceReports(store.getState()).reports.map((f) => f.properties.name);
    expect(names()).not.toContain("Moscow");
    store.getState().setShowMentions(true);
    expect(names()).toContain("Moscow");
  });

  it("in cumulative mode shows everything up to the window's end", () => {
    store.getState().loadDataset(dataset, { url: null, name: "fixture" });
    store.getState().setTimeWindow(days("2024-08-06", "2024-08-07"));
    store.getState().setCumulative(true);
    expect(visiblePlaceReports(store.getState()).reports.map((f) => f.properties.name)).toContain("Kharkiv");
  });
});
