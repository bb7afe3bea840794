import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { isoToDay } from "../../src/contract/days";
import { parsePlaceReportDataset } from "../../src/data/checkDataset";
import { indexDataset } from "../../src/data/datasetIndex";
import { visiblePlaceReports } from "../../src/store/derived";
import { reportsInWindow, reportsThroughFilters } from "../../src/store/selectors";
import { initialDomain, initialView, useIncursionStore } from "../../src/store/store";

const fixture = JSON.parse(readFileSync(new URL("../fixtures/placeReports.claims.geojson", import.meta.url), "utf8"));
const parsed = parsePlaceReportDataset(fixture, "claims fixture");
if (!parsed.ok) throw new Error(parsed.error);
const { placeReports } = parsed.dataset;
const everything = { fromDay: isoToDay("2022-01-01"), toDay: isoToDay("2025-01-01") };
const shown = (kinds: Parameters<typeof reportsInWindow>[3], mentions = false) =>
  reportsInWindow(indexDataset(placeReports), everything, mentions, kinds).reports.map((f) => `${f.properties.name}/${f.properties.source_id}`).sort();

describe("the claims filter", () => {
  it("shows every report, attributed or not, when no kind is chosen", () => {
    expect(shown(null)).toHaveLength(placeReports.filter((f) => f.properties.role === "event").length);
    expect(shown([])).toEqual(shown(null));
    expect(shown(null)).toContain("Kharkiv/d1");
  });

  it("shows only reports with a quote from a chosen kind of claimant", () => {
    expect(shown(["independent"])).toEqual(["Gora-Podol/a1", "Sudzha/c2"]);
    expect(shown(["russian_official"])).toEqual(["Grayvoronskiy Rayon/a2", "Kozinka/a2", "Russia/a2"]);
  });

  it("shows a report backed by any of several chosen kinds", () => {
    expect(shown(["independent", "ukrainian_official"])).toEqual(["Gora-Podol/a1", "Sudzha/c2", "Tëtkino/b1"]);
  });

  it("leaves out quotes written before attribution, which back no kind", () => {
    for (const kind of ["unknown", "outlet", "independent"] as const) expect(shown([kind])).not.toContain("Kharkiv/d1");
  });

  it("still hides mentions unless asked, whoever speaks", () => {
    expect(shown(["outlet"])).toEqual(["Sudzha/c1"]);
    expect(shown(["outlet"], true)).toEqual(["Moscow/a1", "Sudzha/c1"]);
  });
});

describe("the claims filter on the timeline", () => {
  const counted = (kinds: Parameters<typeof reportsThroughFilters>[2], mentions = false) =>
    reportsThroughFilters(indexDataset(placeReports), mentions, kinds).map((f) => `${f.properties.name}/${f.properties.source_id}`).sort();

  it("counts the reports the map and the list would show over the whole range, for any choice of kinds", () => {
    expect(counted(["independent"])).toEqual(["Gora-Podol/a1", "Sudzha/c2"]);
    for (const kinds of [null, ["independent"], ["russian_official", "armed_group"], ["outlet"]] as const) {
      for (const mentions of [false, true]) expect(counted(kinds, mentions)).toEqual(shown(kinds, mentions));
    }
  });
});

describe("the claims filter in the store", () => {
  const store = useIncursionStore;
  beforeEach(() => {
    store.setState({ ...initialDomain, ...initialView });
    store.getState().loadDataset(parsed.dataset, { url: null, name: "claims fixture" });
  });

  it("keeps the chosen kinds once each, in the contract's order", () => {
    store.getState().setClaimKinds(["ukrainian_official", "independent", "ukrainian_official"]);
    expect(store.getState().claimKinds).toEqual(["ukrainian_official", "independent"]);
  });

  it("lifts the filter when no kind is left", () => {
    store.getState().setClaimKinds(["armed_group"]);
    store.getState().setClaimKinds([]);
    expect(store.getState().claimKinds).toBeNull();
  });

  it("narrows the visible reports the map and the list share", () => {
    const names = () => visiblePlaceReports(store.getState()).reports.map((f) => f.properties.name);
    expect(names()).toContain("Kharkiv");
    store.getState().setClaimKinds(["armed_group"]);
    expect(names()).toEqual(["Kozinka"]);
  });
});
