import type { DatedPlaceReport } from "./placeReports";

/**
 * Dense numbers for the places and sources of a dataset, indexed by `report_index`, so the
 * selectors that run on every window change count distinct sources per place with
 * numbers instead of string sets. Made once per dataset, in its index (datasetIndex.ts).
 */
export interface ReportNumbers {
  /** Place number per report_index; -1 where the array holds no report with that index. */
  place: Int32Array;
  /** Source number per report_index; -1 likewise. */
  source: Int32Array;
  /** Number of the (place, source) pair per report_index; -1 likewise. */
  pair: Int32Array;
  /** 1 per report_index whose role is `event`: only those make an article a source for the place. */
  event: Uint8Array;
  /** First and last day per report_index; NaN where undated or where no report has that index. */
  dayStart: Float64Array;
  dayEnd: Float64Array;
  placeCount: number;
  sourceCount: number;
  pairCount: number;
  /** Rank of each place number's name in the reader's collation order; names that collate equal share a rank. */
  nameRank: Int32Array;
}

export function numberReports(placeReports: readonly DatedPlaceReport[]): ReportNumbers {
  const size = placeReports.reduce((max, f) => Math.max(max, f.properties.report_index + 1), 0);
  const place = new Int32Array(size).fill(-1);
  const source = new Int32Array(size).fill(-1);
  const pair = new Int32Array(size).fill(-1);
  const dayStart = new Float64Array(size).fill(Number.NaN);
  const dayEnd = new Float64Array(size).fill(Number.NaN);
  const event = new Uint8Array(size);
  const places = new Map<string, number>();
  const sources = new Map<string, number>();
  const names: string[] = [];
  for (const { properties: p } of placeReports) {
    const n = numberOf(places, p.place_id);
    if (n === names.length) names.push(p.name);
    place[p.report_index] = n;
    source[p.report_index] = numberOf(sources, p.source_id);
    dayStart[p.report_index] = p.day_start ?? Number.NaN;
    dayEnd[p.report_index] = p.day_end ?? Number.NaN;
    event[p.report_index] = p.role === "event" ? 1 : 0;
  }
  // Pairs are numbered once sources are counted, so a pair's key is a plain number.
  const pairs = new Map<number, number>();
  for (const { properties: p } of placeReports) {
    pair[p.report_index] = numberOf(pairs, place[p.report_index]! * sources.size + source[p.report_index]!);
  }
  return {
    place, source, pair, event, dayStart, dayEnd,
    placeCount: places.size, sourceCount: sources.size, pairCount: pairs.size, nameRank: collationRanks(names),
  };
}

const collator = new Intl.Collator();

/** Each name's rank in collation order, so sorting rows on every window change compares numbers. */
function collationRanks(names: readonly string[]): Int32Array {
  const order = names.map((_, i) => i).sort((a, b) => collator.compare(names[a]!, names[b]!));
  const ranks = new Int32Array(names.length);
  order.forEach((n, i) => {
    const previous = order[i - 1];
    ranks[n] = previous !== undefined && collator.compare(names[previous]!, names[n]!) === 0 ? ranks[previous]! : i;
  });
  return ranks;
}

function numberOf<K>(numbers: Map<K, number>, id: K): number {
  let n = numbers.get(id);
  if (n === undefined) numbers.set(id, (n = numbers.size));
  return n;
}

/**
 * Distinct sources per place number among the reports with these `report_index`es, which
 * must come from the numbered dataset: the articles that report an event there (an article
 * that only mentions the place is not a source for it). The map, the list and the sourcing
 * panel count alike: the visible reports carry one count between them (selectors.ts).
 */
export function distinctSourcesByPlace(indexes: Int32Array, numbers: ReportNumbers): Int32Array {
  const counts = new Int32Array(numbers.placeCount);
  const seen = new Uint8Array(numbers.pairCount);
  for (let i = 0; i < indexes.length; i++) {
    const report = indexes[i]!;
    const pair = numbers.pair[report]!;
    if (seen[pair] || !numbers.event[report]) continue;
    seen[pair] = 1;
    counts[numbers.place[report]!]!++;
  }
  return counts;
}
