import type { DatedPlaceReport } from "../data/placeReports";

/**
 * Dense numbers for the places and sources of a dataset, indexed by `report_index`, so the
 * selectors that run on every window change count distinct sources per place with
 * numbers instead of string sets. Made once per dataset array and kept with it.
 */
export interface ReportNumbers {
  /** Place number per report_index; -1 where the array holds no report with that index. */
  place: Int32Array;
  /** Source number per report_index; -1 likewise. */
  source: Int32Array;
  placeCount: number;
  sourceCount: number;
}

const numbered = new WeakMap<readonly DatedPlaceReport[], ReportNumbers>();

export function reportNumbers(placeReports: readonly DatedPlaceReport[]): ReportNumbers {
  let numbers = numbered.get(placeReports);
  if (numbers === undefined) {
    numbers = numberReports(placeReports);
    numbered.set(placeReports, numbers);
  }
  return numbers;
}

function numberReports(placeReports: readonly DatedPlaceReport[]): ReportNumbers {
  const size = placeReports.reduce((max, f) => Math.max(max, f.properties.report_index + 1), 0);
  const place = new Int32Array(size).fill(-1);
  const source = new Int32Array(size).fill(-1);
  const places = new Map<string, number>();
  const sources = new Map<string, number>();
  for (const { properties: p } of placeReports) {
    place[p.report_index] = numberOf(places, p.place_id);
    source[p.report_index] = numberOf(sources, p.source_id);
  }
  return { place, source, placeCount: places.size, sourceCount: sources.size };
}

function numberOf(numbers: Map<string, number>, id: string): number {
  let n = numbers.get(id);
  if (n === undefined) numbers.set(id, (n = numbers.size));
  return n;
}

/** Distinct sources per place number among `reports`, which must come from the numbered dataset. */
export function distinctSourcesByPlace(reports: readonly DatedPlaceReport[], numbers: ReportNumbers): Int32Array {
  const counts = new Int32Array(numbers.placeCount);
  const seen = new Set<number>();
  for (const { properties: p } of reports) {
    const place = numbers.place[p.report_index]!;
    const pair = place * numbers.sourceCount + numbers.source[p.report_index]!;
    if (seen.has(pair)) continue;
    seen.add(pair);
    counts[place]!++;
  }
  return counts;
}
