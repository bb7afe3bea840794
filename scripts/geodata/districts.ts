import type { GazetteerEntry } from "../../src/gazetteer/types";
import { looseNameKey } from "./nameKey";
import { groupBy, meanPoint } from "./regions";
import { THEATRE_COUNTRIES, type AdminNameTables, type SettlementRecord } from "./settlements";

export interface DistrictBuild {
  districts: GazetteerEntry[];
  placedByStem: number;
  placedByLargest: number;
  placedByMean: number;
  /** Districts with neither a namesake centre nor a settlement carrying their code. */
  skipped: number;
}

/** Generic words around a district's proper name, in loose-key form. */
const GENERIC_WORDS =
  /\b(rayon|raion|rajon|district|urban|municipal|okrug|gorodskoi|horad|city|council|and|munitsipalnyi|raionu)\b/g;
/** Russian/Ukrainian/Belarusian adjective endings of district names: -skiy, -skoy, -sky, -ska, -skyi, -tskiy... */
const ADJECTIVE_ENDING = /sk(ii|oi|i|a|ai|ogo|oe)$/;

/**
 * The stems a district name may share with its administrative centre:
 * "Grayvoronskiy Rayon" gives "graivoron" and "graivoronsk" (for "Kurskiy" → Kursk).
 */
export function districtStems(name: string): string[] {
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
export function stemMatches(settlementKey: string, stem: string): 0 | 1 | 2 | 3 {
  if (settlementKey === stem) return 3;
  if (stem.length >= 4 && settlementKey.startsWith(stem) && settlementKey.length - stem.length <= 2) return 2;
  if (settlementKey.length >= 4 && stem.startsWith(settlementKey) && stem.length - settlementKey.length <= 1) return 2;
  let shared = 0;
  while (shared < stem.length && stem[shared] === settlementKey[shared]) shared++;
  if (shared >= 6 && shared >= 0.8 * Math.min(stem.length, settlementKey.length)) return 1;
  return 0;
}

/**
 * `district` entries (ADM2) of the theatre countries, placed at their
 * administrative centre: the namesake settlement in the same admin1, else the
 * most populous settlement carrying the district's code, else their mean.
 */
export function buildDistricts(admin: AdminNameTables, settlements: SettlementRecord[]): DistrictBuild {
  const byAdmin1 = groupBy(settlements, (s) => s.admin1Code);
  const byAdmin2 = groupBy(settlements, (s) => s.admin2Code);
  const keyCache = new Map<SettlementRecord, string>();
  const keyOf = (s: SettlementRecord): string => {
    let key = keyCache.get(s);
    if (key === undefined) keyCache.set(s, (key = looseNameKey(s.entry.name)));
    return key;
  };
  const result: DistrictBuild = { districts: [], placedByStem: 0, placedByLargest: 0, placedByMean: 0, skipped: 0 };
  for (const [code, name] of admin.admin2) {
    const country = code.slice(0, 2);
    if (!THEATRE_COUNTRIES.has(country)) continue;
    const admin1Code = code.split(".").slice(0, 2).join(".");
    const stems = districtStems(name);
    let best: SettlementRecord | null = null;
    let bestScore = 0;
    for (const candidate of byAdmin1.get(admin1Code) ?? []) {
      const score = Math.max(0, ...stems.map((stem) => stemMatches(keyOf(candidate), stem)));
      if (score === 0) continue;
      if (score > bestScore || (score === bestScore && best && candidate.entry.population > best.entry.population)) {
        best = candidate;
        bestScore = score;
      }
    }
    const members = byAdmin2.get(code) ?? [];
    let point: { lat: number; lon: number } | null = null;
    if (best) {
      point = best.entry;
      result.placedByStem++;
    } else if (members.some((m) => m.entry.population > 0)) {
      point = members.reduce((a, b) => (b.entry.population > a.entry.population ? b : a)).entry;
      result.placedByLargest++;
    } else if ((point = meanPoint(members))) {
      result.placedByMean++;
    }
    if (!point) {
      result.skipped++;
      continue;
    }
    const lastPart = code.split(".")[2] ?? "";
    result.districts.push({
      // RU and BY admin2 codes end in the district's GeoNames id; UA codes are short local codes.
      id: /^\d{5,}$/.test(lastPart) ? lastPart : `adm2:${code}`,
      name,
      altNames: [],
      lat: point.lat,
      lon: point.lon,
      country,
      admin1: admin.admin1.get(admin1Code) ?? null,
      admin2: name,
      kind: "district",
      featureCode: "ADM2",
      population: 0,
    });
  }
  return result;
}
