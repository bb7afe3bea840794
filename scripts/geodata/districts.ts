import type { MultiPolygon, Polygon } from "geojson";
import type { GazetteerEntry } from "../../src/gazetteer/types";
import { districtPointProblem, placeDistrictPoint } from "./districtPoint";
import { looseNameKey } from "./nameKey";
import { groupBy } from "./regions";
import { THEATRE_COUNTRIES, type AdminNameTables, type SettlementRecord } from "./settlements";

export interface DistrictBuild {
  districts: GazetteerEntry[];
  placedByStem: number;
  placedByLargest: number;
  /** At the centroid of their own settlements: no centre found, or the centre failed the check. */
  placedBySettlements: number;
  /** "Name (admin1): reason" for each district whose centre failed the check and was moved. */
  moved: string[];
  /** "Name (admin1): problem" for each district still outside its oblast or far from its settlements. */
  misplaced: string[];
  /** Districts with neither a namesake centre nor a settlement carrying their code. */
  skipped: number;
}

/** The oblast polygon of an admin1 code ("RU.09"), or null where Natural Earth has none. */
export type OblastPolygonOf = (admin1Code: string) => Polygon | MultiPolygon | null;

/** Generic words around a district's proper name, in loose-key form. */
const GENERIC_WORDS =
  /\b(rayon|raion|rajon|district|urban|municipal|okrug|gorodskoi|horad|city|council|and|munitsipalnyi|raionu)\b/g;
/** Russian/Ukrainian/Belarusian adjective endings of district names: -skiy, -skoy, -sky, -ska, -skyi, -tskiy... */
const ADJECTIVE_ENDING = /sk(ii|oi|i|a|ai|ogo|oe)$/;

/**
 * The stems a district name may share with its administrative centre:
 * "Grayvoronskiy Rayon" gives "graivoron" and "graivoronsk" (for "Kurskiy" → Kursk).
 */
function districtStems(name: string): string[] {
  const words = looseNameKey(name).replace(GENERIC_WORDS, " ").trim().split(/\s+/).filter(Boolean);
  const core = words.join(" ");
  if (core.length < 3) return [];
  if (!ADJECTIVE_ENDING.test(core)) return [core];
  const withoutEnding = core.replace(ADJECTIVE_ENDING, "");
  return [withoutEnding, `${withoutEnding}sk`].filter((stem) => stem.length >= 3);
}

/**
 * How well a settlement name fits as the centre a district is named after:
 * 3 the same ("belgorod"), 2 an ending apart ("sudzha" for stem "sudzhan",
 * "borisovka" for "borisov"), 1 a long shared beginning ("shchigry" for
 * "shchigrov"), 0 not at all.
 */
function stemMatches(settlementKey: string, stem: string): 0 | 1 | 2 | 3 {
  if (settlementKey === stem) return 3;
  if (stem.length >= 4 && settlementKey.startsWith(stem) && settlementKey.length - stem.length <= 2) return 2;
  if (settlementKey.length >= 4 && stem.startsWith(settlementKey) && stem.length - settlementKey.length <= 1) return 2;
  const shared = sharedPrefixLength(settlementKey, stem);
  if (shared >= 6 && shared >= 0.8 * Math.min(stem.length, settlementKey.length)) return 1;
  return 0;
}

function sharedPrefixLength(a: string, b: string): number {
  let shared = 0;
  while (shared < a.length && a[shared] === b[shared]) shared++;
  return shared;
}

/** Adjective endings of the first word of a two-word settlement name, in loose-key form. */
const FIRST_WORD_ADJECTIVE = /(aia|oie|ie|ii|oi|ia|i)$/;

/**
 * The keys a settlement's name may be matched by: its own first, and for a two-word name led by
 * an adjective the compound a district adjective is made from: "Krasnaya Yaruga" gives
 * "krasnoiaruga" (Krasnoyaruzhskiy), "Staryy Oskol" "starooskol" (Starooskol'skiy).
 */
export function settlementKeys(name: string): string[] {
  const key = looseNameKey(name);
  const words = key.split(" ");
  if (words.length !== 2 || !FIRST_WORD_ADJECTIVE.test(words[0]!)) return [key];
  return [key, `${words[0]!.replace(FIRST_WORD_ADJECTIVE, "")}o${words[1]}`];
}

/**
 * `district` entries (ADM2) of the theatre countries, placed at their
 * administrative centre (the namesake settlement in the same admin1, else the
 * most populous settlement carrying the district's code) when it passes the
 * check in districtPoint.ts (inside the oblast, near the district's own
 * settlements), else at the centroid of those settlements.
 */
export function buildDistricts(
  admin: AdminNameTables,
  settlements: SettlementRecord[],
  oblastOf: OblastPolygonOf = () => null,
): DistrictBuild {
  const byAdmin1 = groupBy(settlements, (s) => s.admin1Code);
  const byAdmin2 = groupBy(settlements, (s) => s.admin2Code);
  const keyCache = new Map<SettlementRecord, string[]>();
  const keysOf = (s: SettlementRecord): string[] => {
    let keys = keyCache.get(s);
    if (keys === undefined) keyCache.set(s, (keys = settlementKeys(s.entry.name)));
    return keys;
  };
  const result: DistrictBuild = {
    districts: [], placedByStem: 0, placedByLargest: 0, placedBySettlements: 0, moved: [], misplaced: [], skipped: 0,
  };
  for (const [code, name] of admin.admin2) {
    const country = code.slice(0, 2);
    if (!THEATRE_COUNTRIES.has(country)) continue;
    const admin1Code = code.split(".").slice(0, 2).join(".");
    const admin1 = admin.admin1.get(admin1Code) ?? null;
    const stems = districtStems(name);
    const members = byAdmin2.get(code) ?? [];
    // Loose matches are ranked by how much of the name they share: for Krasnoyaruzhskiy,
    // Krasnaya Yaruga ("krasnoiaru…") beats Krasnoye ("krasnoi…"), 200 km away. Among equal
    // ones (three Kamenkas in Voronezh Oblast) one carrying the district's code wins, then the largest.
    const rank = (s: SettlementRecord): Rank => [...nameMatch(stems, keysOf(s)), s.admin2Code === code ? 1 : 0, s.entry.population];
    let best: SettlementRecord | null = null;
    let bestRank: Rank = [0, 0, 0, 0];
    for (const candidate of byAdmin1.get(admin1Code) ?? []) {
      const candidateRank = rank(candidate);
      if (candidateRank[0] > 0 && outranks(candidateRank, bestRank)) [best, bestRank] = [candidate, candidateRank];
    }
    const largest = members.some((m) => m.entry.population > 0)
      ? members.reduce((a, b) => (b.entry.population > a.entry.population ? b : a))
      : null;
    const centre = best ?? largest;
    const ownSettlements = members.map((m) => m.entry);
    const oblast = oblastOf(admin1Code);
    const placed = placeDistrictPoint(centre?.entry ?? null, ownSettlements, oblast);
    if (!placed) {
      result.skipped++;
      continue;
    }
    const label = `${name} (${admin1 ?? admin1Code})`;
    if (placed.placedBy === "settlements") {
      result.placedBySettlements++;
      if (centre) result.moved.push(`${label}: centre ${centre.entry.name} ${districtPointProblem(centre.entry, oblast, ownSettlements)}`);
    } else if (best) result.placedByStem++;
    else result.placedByLargest++;
    if (placed.problem) result.misplaced.push(`${label}: ${placed.problem}`);
    const lastPart = code.split(".")[2] ?? "";
    result.districts.push({
      // RU and BY admin2 codes end in the district's GeoNames id; UA codes are short local codes.
      id: /^\d{5,}$/.test(lastPart) ? lastPart : `adm2:${code}`,
      name,
      altNames: [],
      lat: placed.point.lat,
      lon: placed.point.lon,
      country,
      admin1,
      admin2: name,
      kind: "district",
      featureCode: "ADM2",
      population: 0,
    });
  }
  return result;
}

/** The best [score, shared prefix length] of a settlement's keys (settlementKeys) against a district's stems. */
function nameMatch(stems: readonly string[], keys: readonly string[]): [number, number] {
  let best: [number, number] = [0, 0];
  for (const stem of stems) {
    keys.forEach((key, index) => {
      // A compound is a guess at the adjective's source, never better than a loose match:
      // Belyy Yar gives "beloiar" too, but Beloyarskiy is the centre of Beloyarsky District.
      const score = index === 0 ? stemMatches(key, stem) : Math.min(1, stemMatches(key, stem));
      const match: [number, number] = [score, sharedPrefixLength(key, stem)];
      if (score > 0 && outranks(match, best)) best = match;
    });
  }
  return best;
}

/** Match score (stemMatches), shared prefix length, carries the district's code, population. */
type Rank = [number, number, number, number];

function outranks(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}
