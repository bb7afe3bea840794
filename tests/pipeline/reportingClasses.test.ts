import { beforeAll, describe, expect, it } from "vitest";
import { loadGeoparseContext } from "../../src/cli/context";
import type { PlaceReportProperties } from "../../src/contract/placeReport";
import { geoparseArticle, type GeoparseContext } from "../../src/pipeline/geoparse";

// Classes of reporting the rules are written for, each on sentences of its own (not from any test article).
let context: GeoparseContext;
beforeAll(async () => {
  context = (await loadGeoparseContext()).context;
}, 60_000);

function parse(text: string, published: string | null = "2024-08-20", outlet: string | null = "Example Wire"): PlaceReportProperties[] {
  const article = { id: "t", path: "t.md", text, title: null, outlet, url: null, published, language: "en" };
  return geoparseArticle(article, context).reports.map((r) => r.properties);
}
const place = (reports: PlaceReportProperties[], name: string) => reports.find((r) => r.name === name || r.mention === name);

describe("claims in reported speech", () => {
  it("makes what a group says it took an event, attributed to the group", () => {
    const reports = parse("The Siberian Battalion wrote on Telegram that its fighters had taken Glushkovo and were moving on Rylsk.");
    for (const name of ["Glushkovo", "Ryl’sk"]) {
      const r = place(reports, name)!;
      expect(r.role).toBe("event");
      expect(r.quotes[0]).toMatchObject({ claimant: "The Siberian Battalion", claimant_kind: "armed_group", stance: "asserts" });
    }
  });
  it("carries a speaker to the next sentence of the paragraph, not to the next paragraph", () => {
    const reports = parse("Governor Alexei Smirnov said a drone hit a school in Lgov. Two teachers were wounded in Kurchatov.\nShelling damaged a bridge in Rylsk.");
    expect(place(reports, "Kurchatov")!.quotes[0]).toMatchObject({ claimant: "Governor Alexei Smirnov", claimant_kind: "russian_official" });
    expect(place(reports, "Ryl’sk")!.quotes[0]).toMatchObject({ claimant: "Example Wire", claimant_kind: "outlet" });
  });
  it("marks a denial and a place claimed by one side and denied by the other as contested", () => {
    const reports = parse("The Russian Volunteer Corps said its men were fighting in Glushkovo. The Russian Defence Ministry denied that any unit had entered Glushkovo.");
    const r = place(reports, "Glushkovo")!;
    expect(r.quotes.map((q) => q.stance)).toEqual(["asserts", "denies"]);
    expect(r.contested).toBe(true);
    expect(r.claimant_kinds).toEqual(["russian_official", "armed_group"]);
  });
  it("leaves a speaker the lexicon does not know unknown", () => {
    const r = place(parse("A man who gave his name as Pavel said shells hit Rylsk on Monday."), "Ryl’sk")!;
    expect(r.quotes[0]!.claimant_kind).toBe("unknown");
  });
});

describe("events the pipeline used to read as mentions", () => {
  it("reads an event in a relative clause as happening at the place", () => {
    expect(place(parse("Hundreds of people have left the town of Rylsk, where a missile killed a woman on Sunday."), "Ryl’sk")!.role).toBe("event");
  });
  it("reads an order to leave naming districts as an evacuation of those districts", () => {
    const reports = parse("The governor told residents of the Glushkovo and Korenevo districts to leave their homes.");
    expect(place(reports, "Glushkovskiy Rayon")?.role).toBe("event");
    expect(place(reports, "Korenevskiy Rayon")?.role).toBe("event");
  });
});

describe("names that are not event places", () => {
  it("reads a capital standing for a side as a mention", () => {
    const reports = parse("Russians who fight on the side of Kyiv attacked Glushkovo on Monday.");
    expect(place(reports, "Kyiv")?.role ?? "mention").toBe("mention");
  });
  it("skips a region inside a unit's or a movement's name", () => {
    const reports = parse("Fighters of the Belgorod People's Militia and the Kursk Partisans Movement clashed with troops near Sudzha on Monday.");
    expect(reports.filter((r) => r.role === "event").map((r) => r.name)).toEqual(expect.not.arrayContaining(["Belgorod", "Kursk"]));
  });
  it("skips weapon systems named with place words", () => {
    const reports = parse("The army shelled Sudzha on Monday with Grad, Uragan and Tornado rocket launchers.");
    expect(reports.map((r) => r.mention)).not.toEqual(expect.arrayContaining(["Grad"]));
    expect(reports.map((r) => r.mention)).not.toEqual(expect.arrayContaining(["Uragan"]));
    expect(reports.map((r) => r.mention)).not.toEqual(expect.arrayContaining(["Tornado"]));
  });
});

describe("regions and dates", () => {
  it("reads a bare oblast capital spread over as the whole region", () => {
    const r = parse("By Tuesday the fighting had spread across Bryansk, officials said.");
    expect(r.find((x) => x.mention === "Bryansk")?.kind).toBe("region");
  });
  it("infers the year of an undated article from the dates it gives", () => {
    const r = place(parse("Shelling hit Rylsk on 9 August 2024. On August 11 a drone struck Lgov.", null), "L’gov")!;
    expect(r.date_start).toBe("2024-08-11");
  });
  it("infers the year of an undated article from the campaign its places and months fall in", () => {
    const r = place(parse("On August 12 a drone struck a bridge in Glushkovo.", null), "Glushkovo")!;
    expect(r.date_start).toBe("2024-08-12");
  });
  it("keeps both days of a range written with between", () => {
    const r = place(parse("Drones struck Glushkovo between August 1 and 3, officials said.", "2024-08-05"), "Glushkovo")!;
    expect([r.date_start, r.date_end]).toEqual(["2024-08-01", "2024-08-03"]);
  });
});
