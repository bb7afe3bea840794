import { describe, expect, it } from "vitest";
import type { Correction, CorrectionTarget } from "../../src/contract/corrections";
import { sentenceFingerprint } from "../../src/corrections/anchor";
import { scoreReview, type RawArticle } from "../../src/corrections/reviewScore";
import { geoparseArticle, type Article } from "../../src/pipeline/geoparse";
import { buildNameIndex } from "../../src/pipeline/nameIndex";
import { miniGazetteer } from "../fixtures/miniGazetteer";

const context = { index: buildNameIndex(miniGazetteer), borderDistanceKm: null, campaigns: [], focusCountries: ["RU", "UA"] };
const article = (id: string, sentences: string[]): Article => ({
  id, path: `${id}.md`, text: sentences.join(" "), title: null, outlet: null, url: null, published: "2024-08-10", language: "en",
});

// Raw output, miniGazetteer: Sudzha (event, 2024-08-10) and Kursk (mention) reported, Guevo unresolved.
const A = ["Ukrainian troops captured the village of Guevo on Friday.", "Drones struck Sudzha on Saturday.", "Officials in Kursk said the town was calm."];
// Lyman in Kharkiv Oblast (event, 2024-08-05) and Kharkiv (event, 2024-08-06).
const B = ["Fighting was reported in Lyman on Monday.", "Shelling hit Kharkiv on Tuesday."];

const raw: RawArticle[] = [article("a", A), article("b", B)].map((a) => ({ id: a.id, ...geoparseArticle(a, context) }));

let n = 0;
const meta = () => ({ id: `d${++n}`, by: "desk", at: "2024-08-11T09:00:00Z" });
const at = (source_id: string, sentence: string, mention: string) => ({ source_id, mention, sentence: sentenceFingerprint(sentence) });
const guevo = at("a", A[0]!, "Guevo");
const sudzha = at("a", A[1]!, "Sudzha");
const kursk = at("a", A[2]!, "Kursk");
const lyman = at("b", B[0]!, "Lyman");
const kharkiv = at("b", B[1]!, "Kharkiv");

const confirm = (anchor: ReturnType<typeof at>): Correction => ({ ...meta(), action: "confirm", anchor });
const reject = (anchor: ReturnType<typeof at>): Correction => ({ ...meta(), action: "reject", anchor });
const role = (anchor: ReturnType<typeof at>, to: "event" | "mention"): Correction => ({ ...meta(), action: "role", anchor, role: to });
const date = (anchor: ReturnType<typeof at>, day: string | null): Correction => ({ ...meta(), action: "date", anchor, date_start: day, date_end: day, time_precision: day ? "day" : "unknown" });
const move = (anchor: ReturnType<typeof at>, target: CorrectionTarget): Correction => ({ ...meta(), action: "move", anchor, target });
const settlementAt = (lon: number, lat: number): CorrectionTarget => ({ name: "Somewhere", kind: "settlement", point: [lon, lat] });

// Lyman of Kharkiv Oblast, where the raw output puts it, and Lyman of Donetsk Oblast.
const KHARKIV_LYMAN = [36.46548, 49.59358] as const;
const DONETSK_LYMAN = [37.80843, 48.99012] as const;
// 0.1° of latitude is 11.1 km.
const north = (point: readonly [number, number], km: number): [number, number] => [point[0], point[1] + km / 111.2];

describe("scoring the raw pipeline against the editors' decisions", () => {
  it("reads the raw output the tests below assume", () => {
    expect(raw[0]!.reports.map((r) => [r.properties.name, r.properties.role, r.properties.date_start])).toEqual([
      ["Sudzha", "event", "2024-08-10"],
      ["Kursk", "mention", "2024-08-09"],
    ]);
    expect(raw[0]!.unresolved.map((u) => u.mention)).toEqual(["Guevo"]);
    expect(raw[1]!.reports.map((r) => r.geometry.coordinates)).toContainEqual([...KHARKIV_LYMAN]);
  });

  it("counts a village the raw output left unresolved as a missed place and a confirmed report as a found one", () => {
    const placeGuevo: Correction = { ...meta(), action: "place", name: "Guevo", anchor: guevo, target: settlementAt(35.2, 51.1) };
    const score = scoreReview(raw, [placeGuevo, confirm(sudzha)]);
    expect(score.placeRecall).toEqual({ right: 1, of: 2, ratio: 0.5 });
    // The unresolved name is no report: precision is over the confirmed one only.
    expect(score.placePrecision).toEqual({ right: 1, of: 1, ratio: 1 });
  });

  it("counts a placed name the raw output already resolves there as found", () => {
    const placeSudzha: Correction = { ...meta(), action: "place", name: "Sudzha", anchor: sudzha, target: settlementAt(35.27, 51.2) };
    expect(scoreReview(raw, [placeSudzha]).placeRecall).toEqual({ right: 1, of: 1, ratio: 1 });
  });

  it("counts a rejected report against precision and leaves it out of recall", () => {
    const score = scoreReview(raw, [reject(kursk), confirm(sudzha)]);
    expect(score.placePrecision).toEqual({ right: 1, of: 2, ratio: 0.5 });
    expect(score.placeRecall).toEqual({ right: 1, of: 1, ratio: 1 });
  });

  it("counts every report of a name rejected everywhere as wrong", () => {
    const everywhere: Correction = { ...meta(), action: "reject_everywhere", name: "Kursk" };
    const score = scoreReview(raw, [everywhere, confirm(lyman)]);
    expect(score.placePrecision).toEqual({ right: 1, of: 2, ratio: 0.5 });
    expect(score.placeRecall.of).toBe(1);
    expect(score.decisions.aboutNames).toBe(1);
  });

  it("counts a report moved to a namesake as a wrong place and a missed one", () => {
    const score = scoreReview(raw, [move(lyman, { name: "Lyman", kind: "settlement", point: [...DONETSK_LYMAN] })]);
    expect(score.placeRecall).toEqual({ right: 0, of: 1, ratio: 0 });
    expect(score.placePrecision).toEqual({ right: 0, of: 1, ratio: 0 });
  });

  it("counts a moved report as found when it lies within 10 km of a settlement, 30 km of a district", () => {
    const within = (target: CorrectionTarget) => scoreReview(raw, [move(lyman, target)]).placeRecall.right;
    expect(within(settlementAt(...north(KHARKIV_LYMAN, 8)))).toBe(1);
    expect(within(settlementAt(...north(KHARKIV_LYMAN, 12)))).toBe(0);
    // A district's point is its centre town: the raw report of the town is of another kind however near.
    expect(scoreReview(raw, [move(sudzha, { name: "Sudzhanskiy Rayon", kind: "district", point: [35.271, 51.191] })]).placeRecall).toEqual({ right: 0, of: 1, ratio: 0 });
    const sudzhaToDistrict = (km: number) =>
      scoreReview(raw.map((a) => ({ ...a, reports: a.reports.map((r) => ({ ...r, properties: { ...r.properties, kind: "district" as const } })) })), [
        move(sudzha, { name: "Sudzhanskiy Rayon", kind: "district", point: north([35.271, 51.191], km) }),
      ]).placeRecall.right;
    expect([sudzhaToDistrict(25), sudzhaToDistrict(35)]).toEqual([1, 0]);
  });

  it("counts a role flip as a wrong role and a confirm or date decision as a right one", () => {
    const score = scoreReview(raw, [role(kursk, "event"), role(sudzha, "event"), confirm(lyman), date(kharkiv, "2024-08-06")]);
    expect(score.roleAccuracy).toEqual({ right: 3, of: 4, ratio: 0.75 });
    // A role decision says the place is right.
    expect(score.placePrecision).toEqual({ right: 4, of: 4, ratio: 1 });
  });

  it("counts an event date within a day of the editors' as right, two days off or missing as wrong", () => {
    expect(scoreReview(raw, [date(sudzha, "2024-08-09"), date(kharkiv, "2024-08-08"), confirm(lyman)]).dateAccuracy).toEqual({ right: 2, of: 3, ratio: 2 / 3 });
    expect(scoreReview(raw, [date(sudzha, null)]).dateAccuracy).toEqual({ right: 0, of: 1, ratio: 0 });
  });

  it("judges a report once however many decisions find it, a rejection first", () => {
    const score = scoreReview(raw, [confirm(sudzha), role(sudzha, "mention"), reject(sudzha)]);
    expect(score.placePrecision).toEqual({ right: 0, of: 1, ratio: 0 });
    expect([score.placeRecall.of, score.roleAccuracy.of, score.dateAccuracy.of]).toEqual([0, 0, 0]);
  });

  it("leaves decisions that find nothing and decisions about other articles out of every measure", () => {
    const stale = confirm({ ...sudzha, sentence: "0badf00d", mention: "Tiotkino" });
    const other = confirm(at("z", "Drones struck Sudzha on Saturday.", "Sudzha"));
    const alias: Correction = { ...meta(), action: "alias", name: "Sudja", target: settlementAt(35.271, 51.191) };
    const score = scoreReview(raw, [stale, other, alias]);
    expect(score.decisions).toEqual({ total: 3, matched: 0, unmatched: [stale.id], elsewhere: [other.id], aboutNames: 1 });
    for (const tally of [score.placeRecall, score.placePrecision, score.roleAccuracy, score.dateAccuracy]) expect(tally).toEqual({ right: 0, of: 0, ratio: null });
  });
});
