import { decodeGazetteer } from "../gazetteer/compactFile";
import type { GazetteerEntry } from "../gazetteer/types";
import { adminFromSettlements, type AdminArea } from "../corrections/targets";
import { createBorderDistance } from "../geo/borderDistance";
import { parseBorderFile } from "../geo/borderFile";
import { buildNameIndex, type NameIndex } from "../pipeline/nameIndex";

/** What review mode needs to place a name: the gazetteer to search, the divisions and border distance of a point. */
export interface ReviewGazetteer {
  index: NameIndex;
  byId: Map<string, GazetteerEntry>;
  adminAt(lon: number, lat: number): AdminArea | null;
  borderDistanceKm(lon: number, lat: number): number;
}

let loading: Promise<ReviewGazetteer> | null = null;

/** Fetched once, when an editor first opens the place dialog (the reader never pays for it). */
export function loadReviewGazetteer(): Promise<ReviewGazetteer> {
  loading ??= load().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

async function load(): Promise<ReviewGazetteer> {
  const [gazetteerJson, borderJson] = await Promise.all([fetchJson("./data/gazetteer.json"), fetchJson("./data/border.json")]);
  const { entries } = decodeGazetteer(gazetteerJson, "data/gazetteer.json");
  const border = createBorderDistance(parseBorderFile(borderJson, "data/border.json"));
  return {
    index: buildNameIndex(entries),
    byId: new Map(entries.map((e) => [e.id, e])),
    adminAt: adminFromSettlements(entries),
    borderDistanceKm: border,
  };
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(new URL(url, document.baseURI).href);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}
