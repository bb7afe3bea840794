import type { Campaign } from "../contract/campaign";
import type { PlaceReport, Quote, TimePrecision, UnresolvedPlace } from "../contract/placeReport";
import type { GazetteerEntry } from "../gazetteer/types";
import { attributeSentences, opensParagraph, type Attribution } from "./attribution";
import { campaignFor } from "./campaigns";
import { compileClaimantLexicon, type ClaimantLexicon } from "./claimants";
import { claimantKindsOf, isContested } from "./contested";
import { datesInSentence, daysBetween, isBackground, type TextDate } from "./dates";
import { RECENT_DAYS } from "./lexicon";
import type { NameIndex } from "./nameIndex";
import { findOccurrences, type Occurrence } from "./occurrences";
import { GEO_PRECISION, reportBorderDistanceKm } from "./placeFields";
import { provisionalPlaces, type ProvisionalPlace } from "./provisional";
import { resolveOccurrences, type Resolution } from "./resolve";
import { classifyOccurrence, hasEventWord, isHypothetical, type RoleVerdict, type SentenceCues } from "./roles";
import { splitSentences, type Sentence } from "./sentences";
import { inferReferenceDay } from "./undatedYear";

/** An article as the pipeline sees it: main text plus publication metadata. */
export interface Article {
  id: string;
  path: string;
  text: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  language: string | null;
}

export interface GeoparseContext {
  index: NameIndex;
  /** Signed km to the Russia–Ukraine land border, positive inside Russia; null when no border data. */
  borderDistanceKm: ((lon: number, lat: number) => number) | null;
  campaigns: readonly Campaign[];
  focusCountries: readonly string[];
  /** Speakers and bodies (`data/claimants.json`, compiled); without it every quote is the article's own voice. */
  claimants?: ClaimantLexicon;
}

const NO_CLAIMANTS = compileClaimantLexicon({
  claimants: [], sides: [], officialWords: [], independentWords: [], armedGroupWords: [], outletWords: [], unknownWords: [],
});

export interface GeoparseResult {
  reports: PlaceReport[];
  unresolved: UnresolvedPlace[];
  warnings: string[];
  /** With `explain`: per report, the rules that decided its role, dates and each quote's claimant. */
  explanations?: string[];
}

export interface GeoparseOptions {
  explain?: boolean;
}


/**
 * What the pipeline reads of one sentence; each cue only when first asked for. Only sentences
 * that name a place or give a date are asked (nearly half of an article's are neither), and a
 * rule asks for a later cue only when the earlier ones leave it open: the roles never ask a
 * sentence that reports no event whether it is hypothetical.
 */
class SentenceFacts implements SentenceCues {
  private backgroundRead: boolean | null = null;
  private hypotheticalRead: boolean | null = null;
  constructor(
    readonly sentence: Sentence,
    readonly dates: TextDate[],
    readonly eventful: boolean,
    private readonly reference: string | null,
  ) {}
  get background(): boolean {
    return (this.backgroundRead ??= isBackground(this.sentence.text, this.dates, this.reference));
  }
  get hypothetical(): boolean {
    return (this.hypotheticalRead ??= isHypothetical(this.sentence.text));
  }
}

/**
 * Bounds on the work one article can ask for, far above what reporting needs (a long
 * article names a place a few dozen times, and a few hundred places): past them the
 * rest is left out with a warning, so an article of one name repeated 100,000 times
 * costs what a normal one does.
 */
const MAX_OCCURRENCES_PER_NAME = 1000;
const MAX_NAMES_PER_ARTICLE = 2000;
/** Quotes kept per report; `quote_count` says how many sentences named the place when there were more. */
const MAX_QUOTES_PER_REPORT = 50;

export function geoparseArticle(article: Article, context: GeoparseContext, options: GeoparseOptions = {}): GeoparseResult {
  const warnings: string[] = [];
  const split = splitSentences(article.text);
  const all: Occurrence[] = [];
  // Pushed into one list: flatMap's generic joining showed in profiles of the whole pipeline.
  split.forEach((s, i) => {
    for (const o of findOccurrences(s, i, context.index)) all.push(o);
  });
  const found = boundedOccurrences(all);
  const { occurrences } = found;
  for (const [surface, count] of found.dropped)
    warnings.push(`${article.path}: "${surface.slice(0, 60)}" is named ${count + MAX_OCCURRENCES_PER_NAME} times; only the first ${MAX_OCCURRENCES_PER_NAME} are read`);
  if (found.namesDropped > 0)
    warnings.push(`${article.path}: more than ${MAX_NAMES_PER_ARTICLE} different names; the ${found.namesDropped} names after them are left out`);
  const reference = article.published ?? inferredReference(article, split, occurrences, context, warnings);
  const named = new Set(occurrences.map((o) => o.sentenceIndex));
  // Dates matter only where a place is named or an event reported; chrono is the costly step.
  const sentences = split.map((sentence, i) => {
    const eventful = hasEventWord(sentence.text);
    const dates = reference && (eventful || named.has(i)) ? datesInSentence(sentence.text, reference) : [];
    return new SentenceFacts(sentence, dates, eventful, reference);
  });
  const attributions = attributeSentences(
    split,
    (i) => opensParagraph(article.text, split, i),
    (i) => sentences[i]!,
    context.claimants ?? NO_CLAIMANTS,
    article.outlet,
  );
  const resolutions = resolveOccurrences(occurrences, { focusCountries: context.focusCountries });
  let articleWindow = eventWindow(sentences, reference);
  // Without a publication date nothing stands in for the text's own dates.
  if (!article.published && articleWindow && !articleWindow.fromText) articleWindow = null;

  const provisional = provisionalPlaces(resolutions, (i) => sentences[i]!.sentence.text);

  const byPlace = new Map<string, Resolution[]>();
  const byUnresolvedKey = new Map<string, Resolution[]>();
  const add = (groups: Map<string, Resolution[]>, id: string, r: Resolution) => {
    const list = groups.get(id);
    if (list) list.push(r);
    else groups.set(id, [r]);
  };
  for (const r of resolutions) {
    if (r.entry) {
      add(byPlace, r.entry.id, r);
      continue;
    }
    add(byUnresolvedKey, r.occurrence.key, r);
    // An unresolved name is still the editor's to place; meanwhile it is drawn where the text says it is.
    const placed = provisional.get(r);
    if (placed) add(byPlace, placed.entry.id, { ...r, entry: placed.entry, matchConfidence: placed.confidence });
  }

  const provisionalById = new Map([...provisional.values()].map((p) => [p.entry.id, p]));
  const drafts = [...byPlace.values()].map((rs) => draftReport(rs, sentences, articleWindow, provisionalById.get(rs[0]!.entry!.id)));
  promoteContainers(drafts);
  const reports = drafts.map((d) => toFeature(d, article, context, sentences, attributions, found.extraSentences));
  const unresolved = [...byUnresolvedKey.values()].flatMap((rs) => unresolvedRows(rs, article, sentences, articleWindow, provisional));
  if (!options.explain) return { reports, unresolved, warnings };
  return { reports, unresolved, warnings, explanations: drafts.flatMap((d, i) => explainReport(d, reports[i]!, attributions)) };
}

interface BoundedOccurrences {
  occurrences: Occurrence[];
  /** Sentences naming each key beyond the kept occurrences, for the reports' `quote_count`. */
  extraSentences: Map<string, number>;
  /** Surface form and number of occurrences left out, per name over its bound. */
  dropped: Map<string, number>;
  namesDropped: number;
}

/** The occurrences within the per-name and per-article bounds, in text order. */
function boundedOccurrences(all: Occurrence[]): BoundedOccurrences {
  const kept: Occurrence[] = [];
  const perKey = new Map<string, { count: number; lastSentence: number; surface: string }>();
  const extraSentences = new Map<string, number>();
  const dropped = new Map<string, number>();
  const droppedNames = new Set<string>();
  for (const o of all) {
    let seen = perKey.get(o.key);
    if (!seen) {
      if (perKey.size >= MAX_NAMES_PER_ARTICLE) {
        droppedNames.add(o.key);
        continue;
      }
      perKey.set(o.key, (seen = { count: 0, lastSentence: -1, surface: o.surface }));
    }
    seen.count++;
    if (seen.count <= MAX_OCCURRENCES_PER_NAME) {
      seen.lastSentence = o.sentenceIndex;
      kept.push(o);
      continue;
    }
    dropped.set(seen.surface, (dropped.get(seen.surface) ?? 0) + 1);
    // Occurrences come in text order: a new sentence is one more that names the place.
    if (o.sentenceIndex !== seen.lastSentence) {
      seen.lastSentence = o.sentenceIndex;
      extraSentences.set(o.key, (extraSentences.get(o.key) ?? 0) + 1);
    }
  }
  return { occurrences: kept, extraSentences, dropped, namesDropped: droppedNames.size };
}

/** The day an undated article's dates are read against, when its text and the campaigns tell the year. */
function inferredReference(article: Article, split: Sentence[], occurrences: Occurrence[], context: GeoparseContext, warnings: string[]): string | null {
  const regionsNamed = new Set(occurrences.flatMap((o) => o.candidates.map((m) => (m.entry.kind === "region" ? m.entry.name : m.entry.admin1))).filter((r) => r !== null));
  const inferred = inferReferenceDay(split.map((s) => s.text), context.campaigns, regionsNamed);
  warnings.push(
    inferred
      ? `${article.path}: no publication date; dates read as of ${inferred.dayIso}, the year from ${inferred.reason}`
      : `${article.path}: no publication date; dates are unknown unless the text gives them in full`,
  );
  return inferred?.dayIso ?? null;
}

/**
 * The editor's rows for a name no entry was found for: one per sentence, each carrying what
 * the report would say (role, dates) were the name a place, read by the same rules.
 */
function unresolvedRows(
  resolutions: Resolution[],
  article: Article,
  sentences: SentenceFacts[],
  articleWindow: EventWindow | null,
  provisional: ReadonlyMap<Resolution, ProvisionalPlace>,
): UnresolvedPlace[] {
  const { role, window } = readRoleAndWindow(resolutions, sentences, articleWindow);
  const rows: UnresolvedPlace[] = [];
  for (const r of resolutions) {
    const sentence = sentences[r.occurrence.sentenceIndex]!.sentence.text;
    if (rows.some((u) => u.mention === r.occurrence.surface && u.sentence === sentence)) continue;
    rows.push({
      source_path: article.path,
      mention: r.occurrence.surface,
      sentence,
      source_id: article.id,
      source_title: article.title,
      source_outlet: article.outlet,
      source_url: article.url,
      source_published: article.published,
      start: r.occurrence.start,
      end: r.occurrence.end,
      role,
      date_start: window?.start ?? null,
      date_end: window?.end ?? null,
      time_precision: window?.precision ?? "unknown",
      date_source: window ? (window.fromText ? "text" : "published") : "none",
      provisional_place_id: provisional.get(r)?.entry.id,
    });
  }
  return rows;
}

interface EventWindow {
  start: string;
  end: string;
  precision: TimePrecision;
  fromText: boolean;
}

/**
 * The article's own event dates: recent dates in sentences that report events, else the
 * publication day. Background and hypothetical sentences ("two weeks ago few would have
 * predicted…") give none.
 */
function eventWindow(sentences: SentenceFacts[], published: string | null): EventWindow | null {
  if (!published) return null;
  const recentDays = (facts: SentenceFacts[]) => {
    const days: string[] = [];
    for (const s of facts) {
      if (s.dates.length === 0 || s.background || s.hypothetical) continue;
      for (const d of s.dates) if (d.precision === "day" && daysBetween(d.dayIso, published) <= RECENT_DAYS) days.push(d.dayIso);
    }
    return days.sort();
  };
  // Dates of sentences that report events first; else any recent day the article gives ("a video published on Monday").
  let days = recentDays(sentences.filter((s) => s.eventful));
  if (days.length === 0) days = recentDays(sentences);
  if (days.length === 0) return { start: published, end: published, precision: "week", fromText: false };
  return { start: days[0]!, end: days[days.length - 1]!, precision: "day", fromText: true };
}

interface Draft {
  entry: GazetteerEntry;
  /** Set for a village the gazetteer lacks, drawn where the text places it. */
  provisional: ProvisionalPlace | undefined;
  resolutions: Resolution[];
  role: "event" | "mention";
  window: EventWindow | null;
  confidence: number;
  /** What decided the role and the dates, worded only for `--explain`. */
  decisive: RoleRead;
  /** Set when a region's role comes from an event place inside it. */
  containsEvent?: string;
}

interface RoleRead {
  /** Its reason is worded when read, by `--explain` only. */
  verdict: RoleVerdict;
  sentenceIndex: number;
  ownDays: boolean;
  events: number;
}

function draftReport(
  resolutions: Resolution[],
  sentences: SentenceFacts[],
  articleWindow: EventWindow | null,
  provisional: ProvisionalPlace | undefined,
): Draft {
  const entry = resolutions[0]!.entry!;
  const { role, window, events, decisive } = readRoleAndWindow(resolutions, sentences, articleWindow);
  const confidence = resolutions.reduce((best, r) => Math.max(best, r.matchConfidence), 0) * (role === "event" && events < 2 ? 0.95 : 1);
  return { entry, provisional, resolutions, role, window, confidence, decisive };
}

/** Role and dates of one name in one article, from the sentences that name it. */
function readRoleAndWindow(resolutions: Resolution[], sentences: SentenceFacts[], articleWindow: EventWindow | null) {
  const verdicts = resolutions.map((r) => {
    const facts = sentences[r.occurrence.sentenceIndex]!;
    return { r, facts, verdict: classifyOccurrence(facts, r.occurrence.surface, r.occurrence.before, r.occurrence.after) };
  });
  const events = verdicts.filter((v) => v.verdict.role === "event");
  const role = events.length > 0 ? "event" : "mention";
  const own: TextDate[] = [];
  for (const v of events.length > 0 ? events : verdicts)
    for (const d of v.facts.dates) if (!articleWindow || d.dayIso <= articleWindow.end || d.precision !== "day") own.push(d);
  let window = articleWindow;
  const ownDays = own.filter((d) => d.precision === "day").map((d) => d.dayIso).sort();
  if (ownDays.length > 0) window = { start: ownDays[0]!, end: ownDays[ownDays.length - 1]!, precision: "day", fromText: true };
  const first = events[0] ?? verdicts[0]!;
  const decisive: RoleRead = { verdict: first.verdict, sentenceIndex: first.r.occurrence.sentenceIndex, ownDays: ownDays.length > 0, events: events.length };
  return { role: role as Draft["role"], window, events: events.length, decisive };
}

/** A region or country is an event place when an event place lies inside it. */
function promoteContainers(drafts: Draft[]) {
  const events = drafts.filter((d) => d.role === "event");
  for (const d of drafts) {
    if (d.role === "event") continue;
    const inner = events.find((e) => contains(d.entry, e.entry));
    if (!inner) continue;
    d.role = "event";
    d.containsEvent = inner.entry.name;
  }
}

function localSide(country: string) {
  return country === "RU" ? "russian_official" : country === "UA" ? "ukrainian_official" : "unknown";
}

function explainReport(d: Draft, report: PlaceReport, attributions: (i: number) => Attribution): string[] {
  const p = report.properties;
  const sentenceIndexes = [...new Set(d.resolutions.map((r) => r.occurrence.sentenceIndex))];
  const { decisive } = d;
  const roleRule = d.containsEvent ? `contains an event place (${d.containsEvent})` : `${decisive.verdict.reason} (sentence ${decisive.sentenceIndex + 1})`;
  const dateRule = decisive.ownDays
    ? `days given in the ${decisive.events > 0 ? "event " : ""}sentences naming it`
    : !d.window
      ? "no date: no publication date and none the text gives"
      : d.window.fromText
        ? "the article's event days"
        : "no date in the text: the publication date stands in";
  return [
    `${p.name} (${p.mention}): ${p.role}: ${roleRule}`,
    `  dates ${p.date_start ?? "none"}..${p.date_end ?? "none"}: ${dateRule}`,
    ...p.quotes.map((q, i) => `  quote ${sentenceIndexes[i]! + 1}: ${q.claimant ?? "(no claimant)"} [${q.claimant_kind}] ${q.stance}: ${attributions(sentenceIndexes[i]!).rule}`),
    ...(p.contested ? ["  contested: opposing sides disagree about it"] : []),
  ];
}

function contains(outer: GazetteerEntry, inner: GazetteerEntry): boolean {
  return (
    inner !== outer &&
    ((outer.kind === "country" && inner.country === outer.country) ||
      (outer.kind === "region" && inner.kind !== "country" && inner.admin1 === outer.name) ||
      (outer.kind === "district" && inner.kind === "settlement" && inner.admin2 === outer.name))
  );
}

function toFeature(
  d: Draft,
  article: Article,
  context: GeoparseContext,
  sentences: SentenceFacts[],
  attributions: (i: number) => Attribution,
  extraSentences: ReadonlyMap<string, number>,
): PlaceReport {
  const { entry } = d;
  const first = d.resolutions[0]!.occurrence;
  const quotes: Quote[] = [];
  const seen = new Set<number>();
  const keys = new Set<string>();
  for (const r of d.resolutions) {
    keys.add(r.occurrence.key);
    if (seen.has(r.occurrence.sentenceIndex)) continue;
    seen.add(r.occurrence.sentenceIndex);
    if (quotes.length >= MAX_QUOTES_PER_REPORT) continue;
    const said = attributions(r.occurrence.sentenceIndex);
    quotes.push({
      text: sentences[r.occurrence.sentenceIndex]!.sentence.text,
      start: r.occurrence.start,
      end: r.occurrence.end,
      claimant: said.claimant,
      claimant_kind: said.localOfficials ? localSide(entry.country) : said.kind,
      stance: said.stance,
    });
  }
  let quoteCount = seen.size;
  for (const key of keys) quoteCount += extraSentences.get(key) ?? 0;
  const day = d.window?.start ?? null;
  return {
    type: "Feature",
    id: `${article.id}:${entry.id}`,
    geometry: { type: "Point", coordinates: [entry.lon, entry.lat] },
    properties: {
      place_id: entry.id,
      name: entry.name,
      mention: first.surface,
      country: entry.country,
      admin1: entry.admin1,
      admin2: entry.admin2,
      kind: entry.kind,
      role: d.role,
      date_start: day,
      date_end: d.window?.end ?? null,
      time_precision: d.window?.precision ?? "unknown",
      date_source: d.window ? (d.window.fromText ? "text" : "published") : "none",
      geo_precision: d.provisional?.precision ?? GEO_PRECISION[entry.kind],
      // Undefined, not left out, for other reports: JSON drops it, and every report keeps one shape.
      container_name: d.provisional?.containerName,
      confidence: Math.round(d.confidence * 100) / 100,
      campaign: d.role === "event" ? campaignFor(entry, day, context.campaigns) : null,
      source_id: article.id,
      source_path: article.path,
      source_title: article.title,
      source_outlet: article.outlet,
      source_url: article.url,
      source_published: article.published,
      quotes,
      // Only where quotes were left out, so ordinary reports keep the shape they had.
      ...(quoteCount > quotes.length ? { quote_count: quoteCount } : {}),
      border_distance_km: reportBorderDistanceKm(entry, context.borderDistanceKm),
      contested: isContested(quotes),
      claimant_kinds: claimantKindsOf(quotes),
    },
  };
}
