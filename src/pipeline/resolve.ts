import type { GazetteerEntry } from "../gazetteer/types";
import type { NameMatch } from "./nameIndex";
import { bareName, type Occurrence } from "./occurrences";
import { distanceKm, type LatLon } from "../geo/greatCircle";
import { memoByText } from "./textMemo";
import { BEARING_FROM, DISTANCE_FROM } from "./lexicon";
import { placeKey, transliterateCyrillic } from "./placeKey";
import { endsWith } from "./endPattern";

/**
 * Picks one gazetteer entry per occurrence, article-wide. Names repeat (Lyman,
 * Pokrovsk, Krasnoye), so candidates are scored by the company they keep: the
 * regions the article names and the places it resolved without doubt. "No match"
 * beats a distant fuzzy hit.
 */
export interface Resolution {
  occurrence: Occurrence;
  entry: GazetteerEntry | null;
  /** 0..1: how sure the match is (spelling, ambiguity, supporting context). */
  matchConfidence: number;
}

export interface ResolveOptions {
  /** Countries the reporting is about; a mild prior, not a filter. */
  focusCountries: readonly string[];
}

const FUZZY_RADIUS_KM = 250;
const SMALL_PLACE_RADIUS_KM = 150;
const SMALL_PLACE_POPULATION = 5_000;
const FAR_SMALL_PLACE_KM = 400;
const FAR_TOWN_POPULATION = 20_000;
const CUE_CHARS = 120;
// "the fighting spread across Kursk": a whole region is spread over, a city is not.
const REGION_CUE_BEFORE = endsWith(
  String.raw`(?:(?:spread|spreading|spreads|fighting|raids?|attacks?|alerts?|evacuations?)\s+(?:across|throughout|all over)|(?:across|throughout) (?:the )?(?:whole|entire|rest) of|district of|governor of|(?:occupied|annexed|[\w-]+-(?:held|occupied|controlled))\s+(?:part|parts|areas?) of|in the (?:\w+ern |north|south|east|west|centre|center)\S*\s+(?:part\s+)?of|region of)\s+(?:the\s+)?`,
  "i",
);
// "Kursk governor Alexei Smirnov": governors are the regions'.
const REGION_CUE_AFTER = /^\s+(?:(?:regional\s+)?(?:acting\s+)?governor\b|regional\s+(?:authorities|officials|administration|government|head)\b)/i;
// "the city of X", and reference points, which are towns: "30 km south-east of Belgorod",
// "the border north of Kharkiv" (but "the north of Kharkiv" is a part of the region).
const CITY_CUE_BEFORE = endsWith(String.raw`(?:\b(?:city|town) of|${DISTANCE_FROM.source}|${BEARING_FROM.source})\s+(?:the\s+)?`, "i");

export function resolveOccurrences(occurrences: Occurrence[], options: ResolveOptions): Resolution[] {
  const regionKeys = new Set(occurrences.filter((o) => o.generic?.kind === "region").map((o) => o.key));
  const narrowed = occurrences.map((o) => narrowByKind(o, regionKeys));
  // Names with a single exact candidate anchor the rest: the regions they are, and where they lie.
  const anchors: GazetteerEntry[] = [];
  for (const c of narrowed) if (c.length === 1 && c[0]!.editDistance === 0) anchors.push(c[0]!.entry);
  const namedRegions = new Set(anchors.filter((a) => a.kind === "region").map((a) => a.name));
  const centre = medianPoint(anchors.filter((a) => a.kind !== "country" && options.focusCountries.includes(a.country)));

  // "…in Ukraine, where its troops advance on Pokrovsk": a country named in the sentence is a strong hint.
  const countriesBySentence = new Map<number, Set<string>>();
  narrowed.forEach((c, i) => {
    if (c.length !== 1 || c[0]!.entry.kind !== "country") return;
    const sentence = occurrences[i]!.sentenceIndex;
    countriesBySentence.set(sentence, (countriesBySentence.get(sentence) ?? new Set()).add(c[0]!.entry.country));
  });

  const resolutions = occurrences.map((occurrence, i): Resolution => {
    const candidates = narrowed[i]!;
    if (candidates.length === 0) return { occurrence, entry: null, matchConfidence: 0 };
    const { best, margin } = bestCandidate(
      candidates,
      () => ({ namedRegions, centre, sentenceCountries: countriesBySentence.get(occurrence.sentenceIndex), literal: literalMention(bareName(occurrence)) }),
      options,
    );
    if (!acceptable(best, occurrence, namedRegions, centre)) return { occurrence, entry: null, matchConfidence: 0 };
    const spelling = best.editDistance === 0 ? 1 : 0.8 - 0.1 * (best.editDistance - 1);
    const ambiguity = margin >= 0.5 ? 1 : 0.75 + margin / 2;
    const evidence = occurrence.placeEvidence ? 1 : 0.9;
    return { occurrence, entry: best.entry, matchConfidence: round2(spelling * ambiguity * evidence) };
  });
  return preferRegionInsidePhrases(resolutions);
}

/**
 * The best-scoring candidate and its lead over the next. A lone candidate (most names have
 * one) leads by 1 whatever it scores, so neither it nor the context is worked out.
 */
function bestCandidate(candidates: readonly NameMatch[], context: () => ScoreContext, options: ResolveOptions): { best: NameMatch; margin: number } {
  if (candidates.length === 1) return { best: candidates[0]!, margin: 1 };
  const scoring = context();
  const scored = candidates.map((m) => ({ m, score: score(m, scoring, options) })).sort((a, b) => b.score - a.score);
  return { best: scored[0]!.m, margin: scored[0]!.score - scored[1]!.score };
}

/** Generic words decide the kind; a bare name is a settlement unless the article speaks of that region. */
function narrowByKind(o: Occurrence, regionKeys: Set<string>): readonly NameMatch[] {
  const { candidates } = o;
  if (candidates.length === 0) return candidates;
  if (o.generic) {
    const wanted = ofKind(candidates, o.generic.kind);
    if (wanted.length > 0) return wanted;
    // "the Vovchansk area" is the area around a town when no region has that name.
    if (o.generic.word === "area") return ofKind(candidates, "settlement");
    return candidates.filter((m) => m.entry.kind === "country");
  }
  const regions = ofKind(candidates, "region");
  // The cues are read only for a name a region answers to: most name none.
  if (regions.length > 0 && readsAsRegion(o, regionKeys)) return regions;
  const countries = ofKind(candidates, "country");
  if (countries.length > 0) return countries;
  const settlements = ofKind(candidates, "settlement");
  if (settlements.length > 0) return settlements;
  return candidates.filter((m) => m.entry.kind !== "district");
}

/** A bare name a region answers to is the region where the article names it so, or the words around it say so, and none call it a city. */
function readsAsRegion(o: Occurrence, regionKeys: Set<string>): boolean {
  // Only the words just before the name count; anchoring at the end of a long prefix costs O(length).
  const before = o.before.slice(-CUE_CHARS);
  return !CITY_CUE_BEFORE.test(before) && (regionKeys.has(o.key) || REGION_CUE_BEFORE.test(before) || REGION_CUE_AFTER.test(o.after));
}

const NO_CANDIDATES: readonly NameMatch[] = [];

/** The candidates of one kind; the list itself when all are (most names have one candidate), so nothing is copied. */
function ofKind(candidates: readonly NameMatch[], kind: GazetteerEntry["kind"]): readonly NameMatch[] {
  let count = 0;
  for (const m of candidates) if (m.entry.kind === kind) count++;
  if (count === candidates.length) return candidates;
  return count === 0 ? NO_CANDIDATES : candidates.filter((m) => m.entry.kind === kind);
}

interface ScoreContext {
  namedRegions: Set<string>;
  centre: Point | null;
  sentenceCountries: Set<string> | undefined;
  /** The name as written, only case, diacritics and script folded. */
  literal: string;
}

function score(m: NameMatch, { namedRegions, centre, sentenceCountries, literal }: ScoreContext, options: ResolveOptions): number {
  const e = m.entry;
  const population = e.kind === "country" ? 1e7 : e.kind === "region" ? 1e6 : e.population;
  let s = (m.editDistance === 0 ? 1 : 0.6 - 0.15 * m.editDistance) + 0.5 * (Math.log10(population + 1) / 7);
  // Written exactly as the gazetteer spells it ("Pokrovsk", not a folded "Pokrovskoye").
  if (literalNamesOf(e).has(literal)) s += 0.3;
  if (e.admin1 && namedRegions.has(e.admin1)) s += 0.8;
  if (sentenceCountries?.has(e.country) && e.kind !== "country") s += 0.6;
  if (options.focusCountries.includes(e.country)) s += 0.3;
  if (centre && e.kind !== "country") s -= Math.min(distanceKm(centre, e) / 400, 2);
  return s;
}

// Entries recur across articles; their literal spellings are folded once.
const literalNames = new WeakMap<GazetteerEntry, Set<string>>();

function literalNamesOf(entry: GazetteerEntry): Set<string> {
  let names = literalNames.get(entry);
  if (names === undefined) {
    names = new Set([entry.name, ...entry.altNames].map(literalName));
    literalNames.set(entry, names);
  }
  return names;
}

// Mentions repeat within an article and across an archive; each spelling is folded once.
const literalMention = memoByText(literalName);

function literalName(name: string): string {
  const latin = transliterateCyrillic(name);
  // Plain ASCII has no marks to strip, and skips the Unicode normalisation.
  const folded = isAscii(latin) ? latin : latin.normalize("NFKD").replace(/\p{M}/gu, "");
  return folded.toLowerCase().replace(/['’ʼ]/g, "");
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

function acceptable(m: NameMatch, o: Occurrence, namedRegions: Set<string>, centre: Point | null): boolean {
  const e = m.entry;
  const large = e.kind === "country" || e.kind === "region" || e.population >= 200_000;
  if (m.editDistance > 0 && !large && !near(e, FUZZY_RADIUS_KM, namedRegions, centre)) return false;
  // Villages of nearly the same name are everywhere (Martynovka, Martynivka, Marynivka): a
  // repaired spelling is taken for a village only close to the article's other places.
  if (m.editDistance > 0 && e.kind === "settlement" && e.population < SMALL_PLACE_POPULATION && !near(e, SMALL_PLACE_RADIUS_KM, namedRegions, centre))
    return false;
  if (e.kind === "settlement" && e.population < SMALL_PLACE_POPULATION && !o.placeEvidence && !near(e, SMALL_PLACE_RADIUS_KM, namedRegions, centre))
    return false;
  // A village, small town or district of the same name across the country is a namesake, not the one reported.
  const small = e.kind === "district" || (e.kind === "settlement" && e.population < FAR_TOWN_POPULATION);
  if (small && centre !== null && !near(e, FAR_SMALL_PLACE_KM, namedRegions, centre)) return false;
  return true;
}

/** Within the radius of the article's centre, or in a region the article names. */
function near(e: GazetteerEntry, radiusKm: number, namedRegions: Set<string>, centre: Point | null): boolean {
  return (centre !== null && distanceKm(centre, e) <= radiusKm) || (e.admin1 !== null && namedRegions.has(e.admin1));
}

/** "Rozova Rudka in Belgorod": a bare name after a place it contains is that region. */
function preferRegionInsidePhrases(resolutions: Resolution[]): Resolution[] {
  return resolutions.map((r, i) => {
    const previous = resolutions[i - 1];
    if (!r.entry || r.entry.kind !== "settlement" || r.occurrence.generic || !previous?.entry?.admin1) return r;
    if (previous.occurrence.sentenceIndex !== r.occurrence.sentenceIndex) return r;
    if (!/\bin\s+$/.test(r.occurrence.before.slice(previous.occurrence.end))) return r;
    const region = r.occurrence.candidates.find(
      (m) => m.entry.kind === "region" && m.entry.name === previous.entry!.admin1 && placeKey(m.entry.name).startsWith(r.occurrence.key),
    );
    return region ? { ...r, entry: region.entry } : r;
  });
}

type Point = LatLon;

function medianPoint(points: Point[]): Point | null {
  if (points.length === 0) return null;
  // Typed arrays sort numerically without a comparator call per step: an article anchors hundreds of names.
  const median = (values: Float64Array) => {
    values.sort();
    const mid = values.length >> 1;
    return values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
  };
  const lats = new Float64Array(points.length);
  const lons = new Float64Array(points.length);
  for (let i = 0; i < points.length; i++) {
    lats[i] = points[i]!.lat;
    lons[i] = points[i]!.lon;
  }
  return { lat: median(lats), lon: median(lons) };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
