import type { PlaceKind } from "../contract/placeReport";
import { textBeforeList } from "./spans";
import { COMPASS_POINT, DISTANCE_UNIT, MEASURED_FROM } from "./lexicon";

/**
 * Where the text itself says an unknown village lies: inside a unit it names ("the village
 * of X in the Glushkovo district", "X, a village in Kursk region's Sudzha district",
 * "X (Belgorod region)", "in the Shebekino district village of X") or next to a settlement
 * ("X, near Sudzha", "X, a village outside Shebekino", "X, 5 km from Tyotkino").
 *
 * The one home of these phrases: occurrences.ts asks whether the words after a name call
 * it a place, provisional.ts which of a sentence's resolved places holds it. Pure: offsets
 * and kinds in, a choice out; no gazetteer.
 */

/** A place the sentence names that the gazetteer resolved, which may hold or neighbour an unknown one. */
export interface Landmark {
  /** Offsets of its mention in the sentence, generic word included ("Sudzha district"). */
  start: number;
  end: number;
  kind: PlaceKind;
  /** The mention carries its own generic word ("Belgorod region", not "Belgorod"). */
  generic: boolean;
}

export type PlacementPrecision = "district" | "region" | "near";

export interface Placement {
  /** Index into the landmarks given. */
  landmark: number;
  precision: PlacementPrecision;
}

// A village further than this from the settlement the text measures it from is not "near" it.
const NEAR_MAX_KM = 20;
const KM_PER_MILE = 1.609;

const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*`;
// "X, Kozinka and Y in the Belgorod region": a list shares what follows it.
const LIST = String.raw`(?:(?:\s*,\s*|,?\s+(?:and|or)\s+)${NAME})*`;
// "the small border village", "a frontier hamlet": the text calls the name a settlement.
const SETTLEMENT_NOUN = String.raw`(?:an?|the|one)\s+(?:(?:small|tiny|little|large|border|frontier|front-?line|rural|remote|nearby|neighbou?ring|abandoned|evacuated|Russian)\s+)*(?:village|town|settlement|hamlet|khutor)`;
const COPULA = String.raw`(?:(?:which|that)\s+)?(?:(?:is|was|lies|lay|sits)\s+)?`;
const SITUATED = String.raw`(?:(?:located|situated|lying)\s+)?`;
// "Russia's ", "Kursk region's ", "the Kursk Oblast's ": an owner before the unit.
const OWNER = String.raw`(?:(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+)?['’]s\s+)?`;
const LINK = String.raw`(?:\s*,\s*|\s+)`;
const OF_TOWN = String.raw`(?:(?:the\s+)?(?:town|city|village|settlement) of\s+)?`;
const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50,
};
const DISTANCE = String.raw`(?:(?:just|only|about|some|roughly|around|approximately|nearly|less than|under)\s+)?(\d+(?:[.,]\d+)?|${Object.keys(NUMBER_WORDS).join("|")})\s*-?\s*(${DISTANCE_UNIT})\b\.?`;
const DIRECTION = String.raw`(?:(?:to the\s+)?${COMPASS_POINT}(?:ern)?\s+)?`;

/** Between the name and a unit that holds it: "in the", ", a village in Kursk region's", ", located in". */
const IN_UNIT = new RegExp(String.raw`^${LIST}(?:${LINK}${COPULA}${SITUATED}(?:in|inside|within)|${LINK}${COPULA}${SETTLEMENT_NOUN}\s+${SITUATED}(?:in|of))\s+(?:the\s+)?${OWNER}$`, "u");
/** "X (Belgorod region)", "X (in the Kursk region)". */
const IN_BRACKETS = new RegExp(String.raw`^${LIST}\s*\(\s*(?:in\s+)?(?:the\s+)?${OWNER}$`, "u");
const BRACKET_CLOSE = /^\s*[),;]/;
/** "X, Belgorod region": only a unit named with its generic word, and not a person's description after it. */
const COMMA_UNIT = new RegExp(String.raw`^${LIST}\s*,\s*(?:the\s+)?${OWNER}$`, "u");
const PERSON_AFTER = /^\s+(?:[\p{Ll}-]+\s+)?(?:residents?|natives?|governor|mayor|officials?|head|chief|authorities|administration|deputy|lawmakers?|MP|man|woman|boy|girl|pensioner|volunteer|soldier|serviceman)\b/u;
/** "X, near Sudzha", "X, a village outside Shebekino", "X, just outside the town of Sudzha". */
const NEAR_SETTLEMENT = new RegExp(
  String.raw`^${LIST}${LINK}${COPULA}(?:${SETTLEMENT_NOUN}\s+)?${SITUATED}(?:(?:just|right|very)\s+)?(?:near|outside|close to|next to|not far from|on the outskirts of|in the vicinity of)\s+${OF_TOWN}$`,
  "u",
);
/** "X, 5 km from Tyotkino", "X, a village 3 miles south of Sudzha". */
const FROM_SETTLEMENT = new RegExp(
  String.raw`^${LIST}${LINK}${COPULA}(?:${SETTLEMENT_NOUN}\s+)?${SITUATED}${DISTANCE}\s+(?:\([^)]*\)\s+)?${DIRECTION}${MEASURED_FROM}\s+${OF_TOWN}$`,
  "u",
);
/** Between a unit and the name after it: "(the Shebekino district) village of", "(Kursk region)'s villages of". */
const UNIT_BEFORE = /^(?:['’]s)?\s+(?:(?:border|frontier|front-?line)\s+)?(?:villages?|towns?|settlements?|hamlets?)\s+(?:of\s+)?$/u;

/** Words right after a name that call it a place: an apposition, a unit in brackets, a distance or "near" a name. */
const CALLS_IT_A_PLACE = new RegExp(
  String.raw`^(?:${LINK}${COPULA}${SETTLEMENT_NOUN}\s+${SITUATED}(?:(?:just|right|some|about|only)\s+)?(?:in|of|on|near|outside|close to|not far from|\d)|\s*\(\s*(?:in\s+)?(?:the\s+)?${NAME}\s+(?:[Rr]egion|[Oo]blast|[Dd]istrict|[Rr]aion|[Rr]ayon|[Pp]rovince)\b|\s*,\s*${DISTANCE}|\s*,\s*(?:just\s+|right\s+)?(?:near|outside)\s+${OF_TOWN}\p{Lu})`,
  "u",
);

// Anchored at the name, these patterns need only the words that follow it.
const AFTER_CHARS = 100;

/** Whether the words after a name call it a place ("X, a village in…", "X (Belgorod region)", "X, 5 km from…", "X, near Sudzha"). */
export function callsItAPlace(after: string): boolean {
  return CALLS_IT_A_PLACE.test(after.slice(0, AFTER_CHARS));
}

/** Lower is more specific: a neighbour says more than a district, a district more than a region. */
export const SPECIFICITY: Record<PlacementPrecision, number> = { near: 0, district: 1, region: 2 };

/**
 * Which landmark of the sentence the text puts an unknown name (at `start`–`end`) in or
 * next to, and how precisely. The most specific placement wins ("X, a village in the
 * Belgorod region near Shebekino" is near Shebekino), then the nearest landmark.
 */
export function placeUnknownName(sentence: string, name: { start: number; end: number }, landmarks: readonly Landmark[]): Placement | null {
  const found: (Placement & { gap: number })[] = [];
  const head = textBeforeList(sentence.slice(0, name.start));
  // Units first: a neighbour may follow the unit that holds the name ("…in the Belgorod region near Shebekino").
  const anchors = [name.end];
  landmarks.forEach((landmark, i) => {
    if (!unitPrecision(landmark)) return;
    const precision = landmark.start >= name.end
      ? unitAfter(sentence.slice(name.end, landmark.start), sentence.slice(landmark.end, landmark.end + AFTER_CHARS), landmark)
      : landmark.end <= head.length ? unitBefore(head.slice(landmark.end), landmark) : null;
    if (!precision) return;
    found.push({ landmark: i, precision, gap: Math.max(landmark.start - name.end, name.start - landmark.end) });
    if (landmark.start >= name.end) anchors.push(landmark.end);
  });
  landmarks.forEach((landmark, i) => {
    if (landmark.kind !== "settlement") return;
    if (anchors.some((anchor) => anchor <= landmark.start && isNear(sentence.slice(anchor, landmark.start))))
      found.push({ landmark: i, precision: "near", gap: landmark.start - name.end });
  });
  found.sort((a, b) => SPECIFICITY[a.precision] - SPECIFICITY[b.precision] || a.gap - b.gap);
  const best = found[0];
  return best ? { landmark: best.landmark, precision: best.precision } : null;
}

function unitPrecision(landmark: Landmark): PlacementPrecision | null {
  return landmark.kind === "district" || landmark.kind === "region" ? landmark.kind : null;
}

function unitAfter(between: string, afterLandmark: string, landmark: Landmark): PlacementPrecision | null {
  const unit = unitPrecision(landmark);
  if (IN_UNIT.test(between)) return unit;
  if (IN_BRACKETS.test(between) && BRACKET_CLOSE.test(afterLandmark)) return unit;
  if (landmark.generic && COMMA_UNIT.test(between) && !PERSON_AFTER.test(afterLandmark)) return unit;
  return null;
}

function unitBefore(between: string, landmark: Landmark): PlacementPrecision | null {
  return landmark.generic && UNIT_BEFORE.test(between) ? unitPrecision(landmark) : null;
}

// "X in Belgorod" may mean the city or its region: a settlement places a name only as its neighbour.
function isNear(between: string): boolean {
  if (NEAR_SETTLEMENT.test(between)) return true;
  const distance = FROM_SETTLEMENT.exec(between);
  return distance !== null && distanceKm(distance[1]!, distance[2]!) <= NEAR_MAX_KM;
}

function distanceKm(amount: string, unit: string): number {
  const value = NUMBER_WORDS[amount.toLowerCase()] ?? Number(amount.replace(",", "."));
  return /^mi/i.test(unit) ? value * KM_PER_MILE : value;
}
