import type { Campaign } from "../contract/campaign";
import type { AnchoredCorrection as Anchored, Correction } from "../contract/corrections";
import type { ParserVerdict, PlaceReport, Quote, UnresolvedPlace } from "../contract/placeReport";
import type { GazetteerEntry } from "../gazetteer/types";
import { campaignFor } from "../pipeline/campaigns";
import { GEO_PRECISION, reportBorderDistanceKm } from "../pipeline/placeFields";
import { findAnchoredReport, nameKeyOf, reportMatchesAnchor, unresolvedMatchesAnchor } from "./anchor";
import { newsroomGazetteer, targetEntry, targetId, type PlaceLookup } from "./targets";

/** Everything applying decisions needs besides the reports: the gazetteer, the border, the campaigns. */
export interface CorrectionContext extends PlaceLookup {
  borderDistanceKm: ((lon: number, lat: number) => number) | null;
  campaigns: readonly Campaign[];
}

/**
 * A corrections file made ready to apply, article by article: decisions by article, and the
 * spellings that decisions about names (place, alias, reject everywhere) apply to.
 */
export interface CorrectionSet {
  byArticle: Map<string, Anchored[]>;
  /** Name key → the entry an editor placed or aliased that spelling to, and the decision. */
  placedNames: Map<string, { entry: GazetteerEntry; correction: Correction }>;
  /** Name key → the decision that says the spelling is no place anywhere. */
  rejectedNames: Map<string, Correction>;
  /** The newsroom gazetteer: the targets of `place` and `alias`, as `newsroomGazetteer` makes them. */
  targets: Map<string, GazetteerEntry>;
  /** Target id → the border distance the editor's map measured, used where the context has no border. */
  measuredBorderKm: Map<string, number | null>;
  context: CorrectionContext;
}

export function prepareCorrections(corrections: readonly Correction[], context: CorrectionContext): CorrectionSet {
  // One entry per target id, the same the gazetteer merges: a later decision about that id moves it for every name.
  const targets = new Map(newsroomGazetteer(corrections, context).map((e) => [e.id, e]));
  const set: CorrectionSet = { byArticle: new Map(), placedNames: new Map(), rejectedNames: new Map(), targets, measuredBorderKm: new Map(), context };
  for (const c of corrections) {
    if (c.action === "place" || c.action === "alias") {
      const entry = targets.get(targetId(c.target))!;
      set.placedNames.set(nameKeyOf(c.name), { entry, correction: c });
      if (c.target.border_distance_km !== undefined) set.measuredBorderKm.set(entry.id, c.target.border_distance_km);
    } else if (c.action === "reject_everywhere") {
      set.rejectedNames.set(nameKeyOf(c.name), c);
    }
    if ("anchor" in c && c.anchor) {
      const list = set.byArticle.get(c.anchor.source_id);
      const anchored = c as Anchored;
      if (list) list.push(anchored);
      else set.byArticle.set(c.anchor.source_id, [anchored]);
    }
  }
  return set;
}

export interface AppliedCorrections {
  reports: PlaceReport[];
  unresolved: UnresolvedPlace[];
  /** Ids of the decisions that found what they are about. */
  matched: Set<string>;
}

/**
 * One article's reports and unresolved names with the editors' decisions applied. Pure: the
 * same in the CLI (after matching with the newsroom gazetteer, where placed names already
 * resolve) and in the map (where the loaded reports are corrected without re-reading text,
 * so placed names are turned from unresolved rows into reports here).
 */
export function applyCorrections(articleId: string, reports: readonly PlaceReport[], unresolved: readonly UnresolvedPlace[], set: CorrectionSet): AppliedCorrections {
  const decisions = set.byArticle.get(articleId) ?? [];
  const matched = new Set<string>();
  let out = reports.map((r) => withReview(r, "unreviewed"));
  let rows = [...unresolved];

  // Not a place, anywhere: drop the sentences that name it, and a report left with none.
  if (set.rejectedNames.size > 0) {
    out = out.flatMap((r) => {
      const quotes = r.properties.quotes.filter((q) => {
        const c = set.rejectedNames.get(nameKeyOf(q.text.slice(q.start, q.end) || r.properties.mention));
        if (c) matched.add(c.id);
        return !c;
      });
      return quotes.length === 0 ? [] : [quotes.length === r.properties.quotes.length ? r : { ...r, properties: { ...r.properties, quotes } }];
    });
    rows = rows.filter((row) => {
      const c = set.rejectedNames.get(nameKeyOf(row.mention));
      if (c) matched.add(c.id);
      return !c;
    });
  }

  // Placed names that are still unresolved rows (a dataset read back, not re-ingested) become reports.
  if (set.placedNames.size > 0) {
    const placed = new Map<string, UnresolvedPlace[]>();
    const drawnMeanwhile = new Set<string>();
    rows = rows.filter((row) => {
      const hit = row.source_id !== undefined ? set.placedNames.get(nameKeyOf(row.mention)) : undefined;
      if (!hit) return true;
      matched.add(hit.correction.id);
      const key = `${row.source_id}\u0000${hit.entry.id}`;
      placed.set(key, [...(placed.get(key) ?? []), row]);
      if (row.provisional_place_id) drawnMeanwhile.add(row.provisional_place_id);
      return false;
    });
    // The report drawn at the unit or neighbour the text named gives way to the placed one.
    if (drawnMeanwhile.size > 0) out = out.filter((r) => !drawnMeanwhile.has(r.properties.place_id));
    for (const group of placed.values()) {
      const entry = set.placedNames.get(nameKeyOf(group[0]!.mention))!.entry;
      const report = reportFromRows(group, entry, set.context, set.measuredBorderKm.get(entry.id));
      const existing = out.findIndex((r) => r.properties.source_id === report.properties.source_id && r.properties.place_id === entry.id);
      if (existing >= 0) out[existing] = mergeQuotes(out[existing]!, report.properties.quotes);
      else out.push(report);
    }
    // The report an editor placed from this very sentence is a corrected one.
    for (const c of decisions) {
      if (c.action !== "place") continue;
      const entry = set.placedNames.get(nameKeyOf(c.name))?.entry;
      const i = out.findIndex((r) => r.properties.place_id === entry?.id && reportMatchesAnchor(r, c.anchor));
      if (i < 0) continue;
      matched.add(c.id);
      out[i] = corrected(out[i]!, { place_id: null, name: c.anchor.mention, coordinates: null }, c.note);
    }
  }

  // Decisions about one report of one article.
  for (const c of decisions) {
    if (c.action === "place") continue;
    const i = findAnchoredReport(out, c.anchor);
    if (i < 0) {
      if (c.action === "reject") {
        const before = rows.length;
        rows = rows.filter((row) => !unresolvedMatchesAnchor(row, c.anchor));
        if (rows.length < before) matched.add(c.id);
      }
      continue;
    }
    matched.add(c.id);
    const report = out[i]!;
    if (c.action === "reject") {
      out.splice(i, 1);
    } else if (c.action === "confirm") {
      if (report.properties.review !== "corrected") out[i] = withReview(report, "confirmed", c.note);
    } else if (c.action === "role") {
      const p = report.properties;
      if (p.role === c.role) out[i] = p.review === "corrected" ? report : withReview(report, "confirmed", c.note);
      else out[i] = recampaign(corrected(report, { role: p.role }, c.note, { role: c.role }), set.context);
    } else if (c.action === "date") {
      const p = report.properties;
      out[i] = recampaign(
        corrected(report, { date_start: p.date_start, date_end: p.date_end, time_precision: p.time_precision }, c.note, {
          date_start: c.date_start,
          date_end: c.date_end ?? c.date_start,
          time_precision: c.time_precision,
          date_source: c.date_start ? "text" : "none",
        }),
        set.context,
      );
    } else if (c.action === "move") {
      const entry = targetEntry(c.target, [], set.context);
      const moved = relocate(report, entry, set.context, c.note, c.target.border_distance_km);
      const same = out.findIndex((r, j) => j !== i && r.properties.source_id === moved.properties.source_id && r.properties.place_id === entry.id);
      if (same >= 0) {
        out[same] = mergeQuotes(out[same]!, moved.properties.quotes);
        out.splice(i, 1);
      } else out[i] = moved;
    }
  }
  return { reports: out, unresolved: rows, matched };
}

function withReview(report: PlaceReport, review: "unreviewed" | "confirmed", note?: string): PlaceReport {
  const notes = note ? [...(report.properties.review_notes ?? []), note] : report.properties.review_notes;
  return { ...report, properties: { ...report.properties, review, ...(notes ? { review_notes: notes } : {}) } };
}

/** Marks a report corrected, keeping what the parser first said of each field (a second correction keeps the first verdict). */
function corrected(report: PlaceReport, was: ParserVerdict, note: string | undefined, changes: Partial<PlaceReport["properties"]> = {}): PlaceReport {
  const p = report.properties;
  const notes = note ? [...(p.review_notes ?? []), note] : p.review_notes;
  return {
    ...report,
    properties: { ...p, ...changes, review: "corrected", corrected_from: { ...was, ...p.corrected_from }, ...(notes ? { review_notes: notes } : {}) },
  };
}

function recampaign(report: PlaceReport, context: CorrectionContext): PlaceReport {
  const p = report.properties;
  const campaign = p.role === "event" ? campaignFor(p, p.date_start, context.campaigns) : null;
  return campaign === p.campaign ? report : { ...report, properties: { ...p, campaign } };
}

/**
 * A target's border distance: measured with the context's border where there is one (the
 * CLI), else as the editor's map measured it when the decision was made (the map without
 * border data), else unknown.
 */
function targetBorderKm(entry: GazetteerEntry, context: CorrectionContext, measured: number | null | undefined): number | null {
  if (context.borderDistanceKm || entry.kind === "country") return reportBorderDistanceKm(entry, context.borderDistanceKm);
  return measured ?? null;
}

function relocate(report: PlaceReport, entry: GazetteerEntry, context: CorrectionContext, note: string | undefined, measuredBorderKm: number | null | undefined): PlaceReport {
  const p = report.properties;
  const moved = corrected(report, { place_id: p.place_id, name: p.name, coordinates: report.geometry.coordinates }, note, {
    place_id: entry.id,
    name: entry.name,
    country: entry.country,
    admin1: entry.admin1,
    admin2: entry.admin2,
    kind: entry.kind,
    geo_precision: GEO_PRECISION[entry.kind],
    border_distance_km: targetBorderKm(entry, context, measuredBorderKm),
  });
  return recampaign({ ...moved, id: `${p.source_id}:${entry.id}`, geometry: { type: "Point", coordinates: [entry.lon, entry.lat] } }, context);
}

function mergeQuotes(report: PlaceReport, quotes: readonly Quote[]): PlaceReport {
  const all = [...report.properties.quotes];
  for (const q of quotes) if (!all.some((a) => a.text === q.text && a.start === q.start)) all.push(q);
  return { ...report, properties: { ...report.properties, quotes: all } };
}

/** A report from the unresolved rows of one article for a name an editor has since placed. */
function reportFromRows(rows: UnresolvedPlace[], entry: GazetteerEntry, context: CorrectionContext, measuredBorderKm: number | null | undefined): PlaceReport {
  const first = rows[0]!;
  const role = rows.some((r) => r.role === "event") ? "event" : "mention";
  const quotes = rows.map((r) => {
    // Rows from older outputs lack offsets: the mention's first place in its sentence.
    const start = r.start ?? Math.max(0, r.sentence.indexOf(r.mention));
    return { text: r.sentence, start, end: r.end ?? start + r.mention.length };
  });
  const report: PlaceReport = {
    type: "Feature",
    id: `${first.source_id}:${entry.id}`,
    geometry: { type: "Point", coordinates: [entry.lon, entry.lat] },
    properties: {
      place_id: entry.id,
      name: entry.name,
      mention: first.mention,
      country: entry.country,
      admin1: entry.admin1,
      admin2: entry.admin2,
      kind: entry.kind,
      role,
      date_start: first.date_start ?? null,
      date_end: first.date_end ?? null,
      time_precision: first.time_precision ?? "unknown",
      date_source: first.date_source ?? "none",
      geo_precision: GEO_PRECISION[entry.kind],
      confidence: 1,
      campaign: null,
      source_id: first.source_id ?? first.source_path,
      source_path: first.source_path,
      source_title: first.source_title ?? null,
      source_outlet: first.source_outlet ?? null,
      source_url: first.source_url ?? null,
      source_published: first.source_published ?? null,
      quotes,
      border_distance_km: targetBorderKm(entry, context, measuredBorderKm),
      review: "unreviewed",
    },
  };
  return recampaign(report, context);
}

/**
 * A whole dataset with the decisions applied, article by article, in the dataset's order.
 * `articles` lists the ids seen, so a caller can tell decisions about absent articles from
 * decisions that no longer find anything.
 */
export function applyToDataset(
  reports: readonly PlaceReport[],
  unresolved: readonly UnresolvedPlace[],
  set: CorrectionSet,
): AppliedCorrections & { articles: Set<string> } {
  const byArticle = new Map<string, { reports: PlaceReport[]; unresolved: UnresolvedPlace[] }>();
  const group = (id: string) => {
    let g = byArticle.get(id);
    if (!g) byArticle.set(id, (g = { reports: [], unresolved: [] }));
    return g;
  };
  for (const r of reports) group(r.properties.source_id).reports.push(r);
  const loose: UnresolvedPlace[] = [];
  for (const row of unresolved) {
    if (row.source_id === undefined) loose.push(row);
    else group(row.source_id).unresolved.push(row);
  }
  const out: AppliedCorrections & { articles: Set<string> } = { reports: [], unresolved: [], matched: new Set(), articles: new Set(byArticle.keys()) };
  for (const [id, g] of byArticle) {
    const applied = applyCorrections(id, g.reports, g.unresolved, set);
    for (const report of applied.reports) out.reports.push(report);
    for (const row of applied.unresolved) out.unresolved.push(row);
    for (const m of applied.matched) out.matched.add(m);
  }
  for (const row of loose) out.unresolved.push(row);
  return out;
}
