import { describe, expect, it } from "vitest";
import type { UnresolvedPlace } from "../../src/contract/placeReport";
import { isoToDay } from "../../src/contract/days";
import { queueGroups } from "../../src/review/workQueue";

const row = (mention: string, extra: Partial<UnresolvedPlace> = {}): UnresolvedPlace => ({
  source_path: "a.md", mention, sentence: `Something about ${mention}.`, role: "mention", date_start: "2024-08-10", date_end: "2024-08-10", ...extra,
});

describe("the editors' work queue", () => {
  it("groups spellings of one name across articles", () => {
    const groups = queueGroups([row("Zhuravlevka", { source_id: "a" }), row("Zhuravlёvka", { source_id: "b" }), row("Kozinka")], null);
    expect(groups.map((g) => [g.mention, g.rows.length])).toEqual([["Zhuravlevka", 2], ["Kozinka", 1]]);
  });

  it("lists names the map draws approximately first, then the names most event sentences need", () => {
    const rows = [
      row("Alpha", { role: "event" }), row("Alpha", { role: "event", source_id: "b" }),
      row("Bravo", { role: "event" }),
      row("Charlie", { provisional_place_id: "near:1:charlie" }),
      row("Delta"), row("Delta", { source_id: "b" }), row("Delta", { source_id: "c" }),
    ];
    expect(queueGroups(rows, null).map((g) => g.mention)).toEqual(["Charlie", "Alpha", "Bravo", "Delta"]);
  });

  it("keeps only names whose dates meet the time window", () => {
    const rows = [row("Early", { date_start: "2023-05-22", date_end: "2023-05-23" }), row("Late", { date_start: "2024-08-10", date_end: "2024-08-12" }), row("Undated", { date_start: null, date_end: null })];
    const august2024 = { fromDay: isoToDay("2024-08-01"), toDay: isoToDay("2024-08-31") };
    expect(queueGroups(rows, august2024).map((g) => g.mention).sort()).toEqual(["Late", "Undated"]);
  });
});
