import type { Correction, CorrectionTarget } from "../contract/corrections";
import type { GazetteerEntry } from "../gazetteer/types";
import { distanceKm } from "../geo/greatCircle";

/** The country and divisions a point lies in. */
export interface AdminArea {
  country: string;
  admin1: string | null;
  admin2: string | null;
}

/** What applying decisions needs from the gazetteer: entries by id, and the divisions of a point. */
export interface PlaceLookup {
  placeById(id: string): GazetteerEntry | null;
  adminAt(lon: number, lat: number): AdminArea | null;
}

// A point is in the divisions of the nearest settlement within this distance; border villages lie
// a few km apart, and a point farther than this from any settlement is in no division we can name.
const ADMIN_RADIUS_KM = 25;
const CELL_DEGREES = 0.25;

/**
 * The divisions of a point, from the nearest settlement of the gazetteer: the settlements
 * carry their oblast and district. A grid of cells keeps a lookup to a few dozen entries.
 */
export function adminFromSettlements(entries: readonly GazetteerEntry[]): (lon: number, lat: number) => AdminArea | null {
  const cells = new Map<string, GazetteerEntry[]>();
  const cellOf = (lon: number, lat: number) => `${Math.floor(lon / CELL_DEGREES)},${Math.floor(lat / CELL_DEGREES)}`;
  for (const entry of entries) {
    if (entry.kind !== "settlement" || !entry.admin1) continue;
    const key = cellOf(entry.lon, entry.lat);
    const cell = cells.get(key);
    if (cell) cell.push(entry);
    else cells.set(key, [entry]);
  }
  return (lon, lat) => {
    const col = Math.floor(lon / CELL_DEGREES);
    const row = Math.floor(lat / CELL_DEGREES);
    let best: GazetteerEntry | null = null;
    let bestKm = ADMIN_RADIUS_KM;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const entry of cells.get(`${col + dx},${row + dy}`) ?? []) {
          const km = distanceKm({ lat, lon }, entry);
          if (km <= bestKm) [best, bestKm] = [entry, km];
        }
      }
    }
    return best ? { country: best.country, admin1: best.admin1, admin2: best.admin2 } : null;
  };
}

/** The stable id of a point an editor placed: its origin and its name. */
export function newsroomPlaceId(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return `news:${slug || "place"}`;
}

/** The id a target is known by: the gazetteer's, or the newsroom id of the editor's point. */
export function targetId(target: CorrectionTarget): string {
  return target.place_id ?? newsroomPlaceId(target.name);
}

/**
 * The gazetteer entry a decision points at: the gazetteer's own where it knows the id, else a
 * newsroom entry at the editor's point, in the divisions the point lies in (derived, never typed:
 * the file's copy is used only where the gazetteer names none).
 */
export function targetEntry(target: CorrectionTarget, spellings: readonly string[], lookup: PlaceLookup): GazetteerEntry {
  const known = target.place_id ? lookup.placeById(target.place_id) : null;
  if (known) return known;
  const [lon, lat] = target.point;
  const area = lookup.adminAt(lon, lat);
  return {
    id: targetId(target),
    name: target.name,
    altNames: [...new Set(spellings.filter((s) => s !== target.name))],
    lat,
    lon,
    country: area?.country ?? target.country ?? "RU",
    admin1: area?.admin1 ?? target.admin1 ?? null,
    admin2: target.kind === "settlement" || target.kind === "facility" ? (area?.admin2 ?? target.admin2 ?? null) : null,
    kind: target.kind,
    featureCode: target.kind === "settlement" ? "PPL" : target.kind === "facility" ? "BLDG" : "ADMD",
    population: 0,
  };
}

/**
 * The newsroom gazetteer: every point an editor placed, as an entry that answers to the
 * names it was placed for, and every alias as a spelling of the entry it names. Merged into
 * the gazetteer before matching, so a village placed once resolves in every article, with
 * the usual spelling folding and disambiguation.
 */
export function newsroomGazetteer(corrections: readonly Correction[], lookup: PlaceLookup): GazetteerEntry[] {
  const byId = new Map<string, { target: CorrectionTarget; names: string[] }>();
  for (const c of corrections) {
    if (c.action !== "place" && c.action !== "alias") continue;
    const id = targetId(c.target);
    const found = byId.get(id);
    // A later decision about the same id moves the point; the names of both count.
    if (found) byId.set(id, { target: c.target, names: [...found.names, c.name] });
    else byId.set(id, { target: c.target, names: [c.name] });
  }
  return [...byId.values()].map(({ target, names }) => {
    const entry = targetEntry(target, names, lookup);
    const known = new Set([entry.name, ...entry.altNames]);
    return { ...entry, altNames: [...entry.altNames, ...names.filter((n) => !known.has(n))] };
  });
}
