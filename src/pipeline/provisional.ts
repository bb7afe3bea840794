import type { GazetteerEntry } from "../gazetteer/types";
import { SPECIFICITY, placeUnknownName, type Landmark, type PlacementPrecision } from "./containers";
import { bareName } from "./occurrences";
import { transliterateCyrillic } from "./placeKey";
import type { Resolution } from "./resolve";

/**
 * Honest placement of villages the gazetteer lacks: where the sentence says which unit holds
 * a name or which settlement it lies near, the name is drawn there, provisionally, until an
 * editor places it. The name stays in the article's unresolved list as well.
 */
export interface ProvisionalPlace {
  /** A stand-in gazetteer entry: the name as written, at the container's point, in its divisions. */
  entry: GazetteerEntry;
  precision: PlacementPrecision;
  /** The gazetteer name of the unit or neighbour it is drawn at. */
  containerName: string;
  confidence: number;
}

// Below any resolved place: the point is the container's, not the village's.
const CONFIDENCE: Record<PlacementPrecision, number> = { near: 0.6, district: 0.5, region: 0.4 };

/**
 * For each unresolved resolution the text places, its provisional place. Every mention of a
 * name shares the placement of its most specific one ("Kremyanoye, near Sudzha, … fighting in
 * Kremyanoye went on"), so the article gives the village one report.
 */
export function provisionalPlaces(resolutions: readonly Resolution[], sentenceText: (index: number) => string): Map<Resolution, ProvisionalPlace> {
  const placed = new Map<Resolution, ProvisionalPlace>();
  const unknown = resolutions.filter((r) => !r.entry && (!r.occurrence.generic || r.occurrence.generic.kind === "settlement"));
  if (unknown.length === 0) return placed;

  // The resolved places of each sentence, gathered once: looking them up per unknown name made many names quadratic.
  const resolvedBySentence = new Map<number, Resolution[]>();
  for (const l of resolutions) {
    if (!l.entry || l.occurrence.generic?.shared) continue;
    const list = resolvedBySentence.get(l.occurrence.sentenceIndex);
    if (list) list.push(l);
    else resolvedBySentence.set(l.occurrence.sentenceIndex, [l]);
  }
  const bestByKey = new Map<string, { container: Resolution; precision: PlacementPrecision }>();
  for (const r of unknown) {
    const { sentenceIndex } = r.occurrence;
    const resolved = resolvedBySentence.get(sentenceIndex);
    if (!resolved) continue;
    const landmarks = resolved.map((l): Landmark => ({
      start: l.occurrence.start, end: l.occurrence.end, kind: l.entry!.kind, generic: l.occurrence.generic !== null,
    }));
    const placement = placeUnknownName(sentenceText(sentenceIndex), r.occurrence, landmarks);
    if (!placement) continue;
    const best = bestByKey.get(r.occurrence.key);
    if (!best || SPECIFICITY[placement.precision] < SPECIFICITY[best.precision])
      bestByKey.set(r.occurrence.key, { container: resolved[placement.landmark]!, precision: placement.precision });
  }

  const byKey = new Map<string, ProvisionalPlace | null>();
  for (const r of unknown) {
    const { key } = r.occurrence;
    if (!byKey.has(key)) {
      const best = bestByKey.get(key);
      byKey.set(key, best ? provisionalPlace(bareName(r.occurrence), best.container, best.precision) : null);
    }
    const place = byKey.get(key);
    if (place) placed.set(r, place);
  }
  return placed;
}

function provisionalPlace(name: string, container: Resolution, precision: PlacementPrecision): ProvisionalPlace | null {
  const at = container.entry!;
  const slug = provisionalSlug(name);
  if (!slug) return null;
  return {
    entry: {
      id: `near:${at.id}:${slug}`, name, altNames: [], lat: at.lat, lon: at.lon, country: at.country,
      admin1: at.admin1, admin2: at.admin2, kind: "settlement", featureCode: "PPL", population: 0,
    },
    precision,
    containerName: at.name,
    confidence: Math.round(container.matchConfidence * CONFIDENCE[precision] * 100) / 100,
  };
}

/**
 * The name's part of a provisional place id: the name as written, in lowercase ASCII
 * (Cyrillic transliterated, marks dropped), so it reads as the name and stays the same on
 * every ingest. Two spellings of one village (Kremyanoye, Kremyanoe) are two ids until an
 * editor places it.
 */
export function provisionalSlug(name: string): string {
  return transliterateCyrillic(name).normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase()
    .replace(/['’ʼ]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}
