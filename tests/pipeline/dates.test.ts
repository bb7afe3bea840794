import { describe, expect, it } from "vitest";
import { datesInSentence, isBackground } from "../../src/pipeline/dates";

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
