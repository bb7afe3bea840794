import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isoToDay } from "../../src/contract/days";
import { parsePlaceReportDataset } from "../../src/data/checkDataset";
import type { DatedPlaceReport } from "../../src/data/placeReports";
import { indexDataset } from "../../src/data/datasetIndex";
import { distinctSourcesByPlace } from "../../src/data/reportNumbers";
import { visiblePlaceReports } from "../../src/store/derived";
import { placeSummaries, reportsInWindow } from "../../src/store/selectors";
import { initialDomain, initialView } from "../../src/store/store";
import { asVisible, indexesOf } from "../fixtures/visibleReports";
import { placeSourcing } from "../../src/store/sourcing";

const fixturePath = new URL("../fixtures/placeReports.small.geojson", import.meta.url);
const parsed = parsePlaceReportDataset(JSON.parse(readFileSync(fixturePath, "utf8")), "fixture");
if (!parsed.ok) throw new Error(parsed.error);
const { placeReports } = parsed.dataset;
const index = indexDataset(placeReports);
const range = (from: string, to: string) => ({ fromDay: isoToDay(from), toDay: isoToDay(to) });
const names = (from: string, to: string, mentions = false) =>
  placeSummaries(reportsInWindow(index, range(from, to), mentions)).map((s) => s.name);
/** Distinct sources naming `placeId` among `reports`, numbered over `dataset`. */
const sourcesOf = (placeId: string, reports: readonly DatedPlaceReport[], dataset: DatedPlaceReport[] = placeReports) => {
  const { numbers } = indexDataset(dataset);
  const place = numbers.place[dataset.find((f) => f.properties.place_id === placeId)!.properties.report_index]!;
  return distinctSourcesByPlace(indexesOf(reports), numbers)[place];
};

describe("reports in a time window", () => {
  it("shows Kozinka on 22-23 May 2023", () => {
    expect(names("2023-05-22", "2023-05-23")).toContain("Kozinka");
  });

  it("shows Sudzha and not Kozinka on 6-7 August 2024", () => {
    const shown = names("2024-08-06", "2024-08-07");
    expect(shown).toContain("Sudzha");
    expect(shown).not.toContain("Kozinka");
  });

  it("includes a report whose span only overlaps the window's edge", () => {
    expect(names("2023-05-23", "2023-05-30")).toContain("Grayvoronskiy Rayon");
  });

  it("hides mention reports unless asked", () => {
    expect(names("2023-05-22", "2023-05-22")).not.toContain("Moscow");
    expect(names("2023-05-22", "2023-05-22", true)).toContain("Moscow");
  });
});

describe("source counts", () => {
  it("counts distinct sources per place within the window only", () => {
    expect(sourcesOf("gn:kozinka", reportsInWindow(index, range("2023-05-01", "2023-05-31"), false).reports)).toBe(2);
    expect(sourcesOf("gn:kozinka", reportsInWindow(index, range("2023-05-22", "2023-05-22"), false).reports)).toBe(1);
  });

  it("counts an article naming a place twice as one source", () => {
    const kozinka = placeReports.find((f) => f.properties.place_id === "gn:kozinka")!;
    const twice = [kozinka, { ...kozinka, properties: { ...kozinka.properties, report_index: 99 } }];
    expect(sourcesOf("gn:kozinka", twice, twice)).toBe(1);
    expect(placeSummaries(asVisible(twice, twice))[0]?.sourceCount).toBe(1);
  });
});

describe("sourcing of a place", () => {
  const visible = (from: string, to: string, mentions = false) => reportsInWindow(index, range(from, to), mentions);

  it("lists the window's articles newest first and flags different dates for the same event", () => {
    const sudzha = placeSourcing(visible("2024-08-01", "2024-08-31").reports, placeReports, "gn:sudzha");
    expect(sudzha?.reports.map((r) => r.source_published)).toEqual(["2024-08-09", "2024-08-07"]);
    expect(sudzha?.dateDisagreements).toEqual([["2024-08-06 – 2024-08-07", "2024-08-08"]]);
    expect(sudzha?.eventSources).toBe(2);
    expect(sudzha?.eventOutlets).toBe(2);
  });

  it("counts only the articles reporting an event as sources, as the list does", () => {
    const window = visible("2023-05-22", "2023-05-22", true);
    const moscow = placeSourcing(window.reports, placeReports, "gn:moscow")!;
    expect(moscow.eventSources).toBe(0);
    expect(moscow.mentionOnlyArticles).toBe(1);
    const row = placeSummaries(window).find((s) => s.placeId === "gn:moscow");
    expect(row?.sourceCount).toBe(0);
  });

  it("follows the window and says how many articles lie outside it", () => {
    const kozinka = placeSourcing(visible("2023-05-22", "2023-05-22").reports, placeReports, "gn:kozinka")!;
    expect(kozinka.reports).toHaveLength(1);
    expect(kozinka.outsideWindow).toBe(1);
  });

  it("does not call events two years apart a disagreement", async () => {
    const { dateDisagreements } = await import("../../src/store/sourcing");
    expect(dateDisagreements([
      { date_start: "2022-05-16", date_end: "2022-05-16" },
      { date_start: "2024-08-06", date_end: "2024-08-07" },
    ])).toEqual([]);
    expect(dateDisagreements([
      { date_start: "2024-08-06", date_end: "2024-08-07" },
      { date_start: "2024-08-08", date_end: "2024-08-08" },
      { date_start: "2022-05-16", date_end: "2022-05-16" },
    ])).toEqual([["2024-08-06 – 2024-08-07", "2024-08-08"]]);
  });

  it("returns nothing for an unknown place", () => {
    expect(placeSourcing(placeReports, placeReports, "gn:nowhere")).toBeNull();
  });
});

describe("counts and order on random datasets, against plain references", () => {
  let seed = 11;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  // Names that differ only by case or accent, or are spelled alike for different places.
  const NAMES = ["Sudzha", "sudzha", "Súdzha", "Élan", "elan", "Ånge", "Ange", "Zorya", "Kozinka", "Kozinka", "Łuck", "Lutsk"];
  const dataset = (size: number): DatedPlaceReport[] => {
    const placeNames = Array.from({ length: 40 }, () => pick(NAMES));
    return Array.from({ length: size }, (_, i) => {
      const place = Math.floor(random() * placeNames.length);
      const day = 19000 + Math.floor(random() * 30);
      const properties = {
        report_index: i, place_id: `p${place}`, name: placeNames[place]!, source_id: `s${Math.floor(random() * 25)}`,
        day_start: day, day_end: day + Math.floor(random() * 3), geo_precision: "exact", campaign: null, role: "event", quotes: [],
      };
      return { type: "Feature", geometry: { type: "Point", coordinates: [0, 0] }, properties } as unknown as DatedPlaceReport;
    });
  };
  const subset = (reports: DatedPlaceReport[]) => reports.filter(() => random() < 0.4);

  it("shows the reports a plain filter on their day fields and role shows, undated ones never", () => {
    for (let round = 0; round < 20; round++) {
      const all = dataset(300).map((f, i) => {
        const p = { ...f.properties, role: i % 3 === 0 ? "mention" : "event" } as DatedPlaceReport["properties"];
        if (i % 7 === 0) delete p.day_start;
        if (i % 11 === 0) delete p.day_end;
        return { ...f, properties: p };
      });
      const from = 19000 + Math.floor(random() * 30);
      const window = { fromDay: from, toDay: from + Math.floor(random() * 10) };
      for (const mentions of [false, true]) {
        const reference = all.filter(({ properties: p }) =>
          p.day_start !== undefined && p.day_end !== undefined && p.day_start <= window.toDay && p.day_end >= window.fromDay && (mentions || p.role !== "mention"));
        expect(reportsInWindow(indexDataset(all), window, mentions).reports).toEqual(reference);
      }
    }
  });

  it("counts distinct event sources per place as a set of id strings does", () => {
    for (let round = 0; round < 20; round++) {
      const all = dataset(300);
      const { numbers } = indexDataset(all);
      const visible = subset(all);
      const reference = new Map<string, Set<string>>();
      for (const { properties: p } of visible) if (p.role === "event") reference.set(p.place_id, (reference.get(p.place_id) ?? new Set()).add(p.source_id));
      const counts = distinctSourcesByPlace(indexesOf(visible), numbers);
      for (const { properties: p } of all) expect(counts[numbers.place[p.report_index]!]).toBe(reference.get(p.place_id)?.size ?? 0);
    }
  });

  it("gives the report indexes of the reports a window shows, numbered in any order", () => {
    for (let round = 0; round < 20; round++) {
      const order = Array.from({ length: 300 }, (_, i) => 3 * i).sort(() => random() - 0.5);
      const all = dataset(300).map((f, i) => ({ ...f, properties: { ...f.properties, report_index: order[i]! } }));
      const from = 19000 + Math.floor(random() * 30);
      const window = { fromDay: from, toDay: from + Math.floor(random() * 10) };
      const visible = reportsInWindow(indexDataset(all), window, false);
      expect(visible.reports).toEqual(all.filter(({ properties: p }) => p.day_start! <= window.toDay && p.day_end! >= window.fromDay));
      expect([...visible.indexes]).toEqual(visible.reports.map((f) => f.properties.report_index));
      const reference = new Map<string, Set<string>>();
      for (const { properties: p } of visible.reports) if (p.role === "event") reference.set(p.place_id, (reference.get(p.place_id) ?? new Set()).add(p.source_id));
      const { numbers } = visible;
      const counts = visible.sourcesByPlace;
      for (const { properties: p } of all) expect(counts[numbers.place[p.report_index]!]).toBe(reference.get(p.place_id)?.size ?? 0);
    }
  });

  it("hands the map and the list one answer, counts included, until an input of the window changes", () => {
    const all = dataset(200);
    const state = { ...initialDomain, ...initialView, datasetIndex: indexDataset(all), timeWindow: { fromDay: 19000, toDay: 19012 } };
    const visible = visiblePlaceReports(state);
    expect(visible.reports.length).toBeGreaterThan(0);
    expect(visiblePlaceReports({ ...state })).toBe(visible);
    expect(visiblePlaceReports({ ...state, showMentions: true })).not.toBe(visible);
    const again = visiblePlaceReports({ ...state, datasetIndex: indexDataset([...all]) });
    expect(again).not.toBe(visible);
    expect(again.reports).toEqual(visible.reports);
    expect(again.numbers).not.toBe(visible.numbers);
  });

  it("summarises each place's days and sources as its report objects say, numbered in any order, undated ones too", () => {
    for (let round = 0; round < 20; round++) {
      const order = Array.from({ length: 300 }, (_, i) => 2 * i + 5).sort(() => random() - 0.5);
      const all = dataset(300).map((f, i) => {
        const p = { ...f.properties, report_index: order[i]! } as DatedPlaceReport["properties"];
        if (i % 7 === 0) delete p.day_start;
        if (i % 5 === 0) delete p.day_end;
        return { ...f, properties: p };
      });
      const visible = subset(all);
      const reference = new Map<string, { firstDay: number; lastDay: number; sources: Set<string>; name: string }>();
      for (const { properties: p } of visible) {
        const first = p.day_start ?? 0;
        const last = p.day_end ?? first;
        const row = reference.get(p.place_id);
        if (row === undefined) reference.set(p.place_id, { firstDay: first, lastDay: last, sources: new Set([p.source_id]), name: p.name });
        else {
          row.firstDay = Math.min(row.firstDay, first);
          row.lastDay = Math.max(row.lastDay, last);
          row.sources.add(p.source_id);
        }
      }
      const rows = placeSummaries(asVisible(visible, all));
      expect(new Map(rows.map((r) => [r.placeId, { firstDay: r.firstDay, lastDay: r.lastDay, sources: r.sourceCount, name: r.name }])))
        .toEqual(new Map([...reference].map(([id, r]) => [id, { firstDay: r.firstDay, lastDay: r.lastDay, sources: r.sources.size, name: r.name }])));
    }
  });

  it("orders rows by first day, then by name as the reader's collation does, ties kept in report order", () => {
    const collator = new Intl.Collator();
    for (let round = 0; round < 20; round++) {
      const all = dataset(300);
      const visible = subset(all);
      const rows = placeSummaries(asVisible(visible, all));
      const reference = [...rows]
        .sort((a, b) => visible.findIndex((f) => f.properties.place_id === a.placeId) - visible.findIndex((f) => f.properties.place_id === b.placeId))
        .sort((a, b) => a.firstDay - b.firstDay || collator.compare(a.name, b.name));
      expect(rows.map((r) => r.placeId)).toEqual(reference.map((r) => r.placeId));
    }
  });
});
