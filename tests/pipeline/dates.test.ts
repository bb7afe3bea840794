import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as chrono from "chrono-node/en";
import { chronoFor, datesInSentence, isBackground, PARSER_NEEDS } from "../../src/pipeline/dates";

const SAMPLE = "data/sample";

const days = (sentence: string, published: string) => datesInSentence(sentence, published).map((d) => [d.dayIso, d.precision]);

describe("dates in reporting", () => {
  it("puts a bare weekday in the past even when the nearest one is ahead", () => {
    // 2024-08-07 is a Wednesday; the nearest Friday would be 2024-08-09.
    expect(days("Shelling resumed on Friday.", "2024-08-07")).toEqual([["2024-08-02", "day"]]);
  });
  it("reads 'this morning' and 'yesterday' against the publication day", () => {
    expect(days("Troops crossed this morning.", "2023-05-23")).toEqual([["2023-05-23", "day"]]);
    expect(days("The operation begun yesterday.", "2023-05-23")).toEqual([["2023-05-22", "day"]]);
  });
  it("moves a month without a year back into the past", () => {
    expect(days("Similar raids happened in June.", "2024-03-13")).toEqual([["2023-06-01", "month"]]);
  });
  it("reads the day in 'on the night of June 1' and 'the morning of Aug. 6'", () => {
    expect(days("Fighting began on the night of June 1, when the town was shelled.", "2023-06-05")).toEqual([["2023-06-01", "day"]]);
    expect(days("Troops crossed the border on the morning of Aug. 6.", "2024-08-14")).toEqual([["2024-08-06", "day"]]);
  });
  it("reads both ends of a range of days", () => {
    expect(days("Fighters raided Kozinka on May 22-24.", "2023-06-05")).toEqual([["2023-05-22", "day"], ["2023-05-24", "day"]]);
    expect(days("Fighters raided Kozinka from May 22 to May 24.", "2023-06-05")).toEqual([["2023-05-22", "day"], ["2023-05-24", "day"]]);
  });
  it("ignores a clock time that names no day", () => {
    expect(days("As of 1.30 p.m. London time they entered the district.", "2023-05-23")).toEqual([]);
  });
  it("treats last spring and dates weeks before publication as background", () => {
    expect(isBackground("Last spring, a convoy swept into Belgorod.", [], "2024-03-13")).toBe(true);
    expect(isBackground("Fighting in December 2023.", datesInSentence("Fighting in December 2023.", "2024-08-07"), "2024-08-07")).toBe(true);
    expect(isBackground("Fighting on Tuesday.", datesInSentence("Fighting on Tuesday.", "2024-08-07"), "2024-08-07")).toBe(false);
  });
});

describe("durations are not dates", () => {
  it("ignores 'for a second day' and 'within hours'", () => {
    expect(days("Fighting continued for a second day on Tuesday.", "2023-05-24")).toEqual([["2023-05-23", "day"]]);
    expect(days("Troops withdrew within hours.", "2023-05-24")).toEqual([]);
  });
});

describe("what is handed to chrono", () => {
  it("reads durations before 'ago' with chrono's own parser for them", () => {
    expect(days("The village was shelled three days ago, officials said.", "2024-08-10")).toEqual([["2024-08-07", "day"]]);
  });
  it("reads month names whole, never the start of a place name", () => {
    expect(days("Troops reached Novaya Tavolzhanka and Mayorsk near Mariupol.", "2023-05-23")).toEqual([]);
    expect(days("Troops reached Novaya Tavolzhanka on 22 May.", "2023-05-23")).toEqual([["2023-05-22", "day"]]);
    expect(days("Fighting eased by Sept. 3, the ministry said.", "2024-09-10")).toEqual([["2024-09-03", "day"]]);
  });
});

describe("chrono's parsers are run only where they can match", () => {
  // One or more phrasings for each of chrono's English parsers, as reporting writes them.
  const phrases = [
    "The strike on 2024-08-06 hit a school.", "Records dated 2024/08/06 and 2024.08.06 were shown.", "Filed 8/6/2024, updated 06.08.24.",
    "Shelling eased within three days.", "Troops left in 2 weeks.", "They held out for a few hours.",
    "Fighting on 6 August 2024 and from 6th to 8th August.", "On August 6, 2024 and Aug. 7 the raid began.", "By Sept. 3 it was over.",
    "Shelling resumed on Monday.", "Last Friday, the village was hit.", "Raids this weekend and on weekdays.", "Tue., Wed. and Thurs. were calm.",
    "The 8/2024 report.", "At 5pm, at 17:30 and at 6 o'clock in the morning.", "Drones struck three days ago.", "Two weeks later troops withdrew.",
    "A year earlier the border was quiet.", "In 2024 August, Sudzha fell.", "Today, tonight and yesterday.", "Explosions were heard last night.",
    "This morning, at noon and at midnight.", "By the end of the month, and on the last day of the month.", "In August 2024 and in March.",
    "This week, last month and next year.", "In the past 3 days and over the next two weeks.", "+2 days and -3 days.", "After this week.",
    "On Mon., Aug. 5, the shelling resumed.", "Raids on 5-6 August and August 5–7.", "The weekend of 10–11 August was calm.",
    "In the early hours of Tuesday, at around 4:30 a.m. local time.", "By mid-August the front had moved.",
    "On the night of 5 to 6 August drones struck.", "Last Tuesday and next Monday.", "This past weekend two days later a week ago.",
    "An hour earlier, 10 days before, since 6 August and from 6 to 8 Aug.", "Sunday's attack; SATURDAY 3 AUGUST 2024.",
    "Published 06/08/2024 09:15 GMT, updated 2024-08-06T10:20:00Z.",
  ];
  const seeds = readdirSync(SAMPLE).filter((name) => /\.(?:txt|md)$/.test(name)).flatMap((name) => readFileSync(join(SAMPLE, name), "utf8").split(/(?<=[.!?])\s+/));
  const context = { option: {}, text: "" } as unknown as Parameters<chrono.Parser["pattern"]>[0];

  it("gives each parser a need that every one of its matches holds", () => {
    for (const parser of chrono.casual.parsers) {
      const needs = PARSER_NEEDS[parser.constructor.name];
      if (!needs) continue;
      const pattern = new RegExp(parser.pattern(context).source, "gi");
      const matches = [...phrases, ...seeds].flatMap((text) => [...text.matchAll(pattern)].map((m) => m[0]));
      expect(matches.length, `${parser.constructor.name} matches none of the phrases`).toBeGreaterThan(0);
      expect(matches.filter((m) => !needs.test(m)), parser.constructor.name).toEqual([]);
    }
  });

  it("finds what the full chrono finds", () => {
    const reference = { instant: new Date("2024-08-10T12:00:00Z"), timezone: 0 };
    const read = (results: chrono.ParsedResult[]) => results.map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString() ?? null]);
    for (const text of [...phrases, ...seeds])
      expect(read(chronoFor(text).parse(text, reference, { forwardDate: false })), text).toEqual(read(chrono.casual.parse(text, reference, { forwardDate: false })));
  });
});
