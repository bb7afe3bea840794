import type { PlaceReport } from "../contract/placeReport";

/**
 * The article's id, or with a number appended when an earlier input of the run had it: two
 * inputs with one file name still get distinct source ids, the same in every command.
 */
export function uniqueId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
  used.add(candidate);
  return candidate;
}

export function withSourceId(feature: PlaceReport, id: string): PlaceReport {
  return { ...feature, id: `${id}:${feature.properties.place_id}`, properties: { ...feature.properties, source_id: id } };
}
