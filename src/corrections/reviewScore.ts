import type { AnchoredCorrection as Anchored, Correction, CorrectionTarget } from "../contract/corrections";
import type { PlaceReport, UnresolvedPlace } from "../contract/placeReport";
import { distanceKm } from "../geo/greatCircle";
import { daysBetween } from "../pipeline/dates";
import { findAnchoredReport, nameKeyOf, unresolvedMatchesAnchor } from "./anchor";

/** One article as the raw pipeline left it: no gazetteer of the newsroom's, no decisions applied. */
export interface RawArticle {
  id: string;
  reports: readonly PlaceReport[];
  unresolved: readonly UnresolvedPlace[];
}

/** `right` of `of`; `ratio` is null when nothing was there to score. */
export interface Tally {
  right: number;
  of: number;
  ratio: number | null;
}

export interface ReviewScore {
  /** Places editors say an article names (every anchored decision but reject) that the raw output has at that place. */
  placeRecall: Tally;
  /** Raw reports editors judged that are right: not rejected, and at the place a move or place decision names. */
  placePrecision: Tally;
  /** Judged raw reports that are places, with the role the editors gave them. */
  roleAccuracy: Tally;
  /** Judged raw reports whose start date is within a day of the editors'. */
  dateAccuracy: Tally;
  decisions: {
    total: number;
    /** Anchored decisions that found a raw report or an unresolved row. */
    matched: number;
    /** Ids of anchored decisions about an article of the run that found nothing there: not scored. */
    unmatched: string[];
    /** Ids of anchored decisions about articles not in the run: not scored. */
    elsewhere: string[];
    /** Decisions about a spelling, not about one article (alias, place without an anchor, reject everywhere). */
    aboutNames: number;
  };
}

// A place is "there" when the raw report lands this close to the editors' point: the tolerances of
// the gold annotation (src/evaluation/goldScore.ts). Districts and regions sit at representative points.
const TOLERANCE_KM = { settlement: 10, facility: 10, district: 30, region: 150 } as const;
const DATE_TOLERANCE_DAYS = 1;

/** Whether a raw report is the place a decision points at: the same kind, near the point (a country: the same country). */
function reportAtTarget(report: PlaceReport, target: CorrectionTarget): boolean {
  const p = report.properties;
  const point = (kind: string) => (kind === "facility" ? "settlement" : kind);
  if (point(p.kind) !== point(target.kind)) return false;
  if (target.kind === "country") return !target.country || p.country === target.country;
  const [lon, lat] = report.geometry.coordinates;
  return distanceKm({ lat, lon }, { lat: target.point[1], lon: target.point[0] }) <= TOLERANCE_KM[target.kind];
}

function sameDay(raw: string | null, decided: string | null): boolean {
  if (raw === null || decided === null) return raw === decided;
  return Math.abs(daysBetween(raw, decided)) <= DATE_TOLERANCE_DAYS;
}

const last = <T extends Correction["action"]>(decisions: readonly Anchored[], action: T) =>
  decisions.findLast((c): c is Extract<Anchored, { action: T }> => c.action === action);

/**
 * Scores the raw pipeline against the editors' decisions: the newsroom's own test set. Pure.
 *
 * Each raw report is judged once, from all the decisions that find it: rejected beats placed
 * elsewhere beats confirmed; the latest role and date decisions give the role and date. A name
 * the raw output left unresolved where an editor placed, moved or confirmed it is a missed place.
 */
export function scoreReview(articles: readonly RawArticle[], corrections: readonly Correction[]): ReviewScore {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const onReport = new Map<PlaceReport, Anchored[]>();
  // Places editors named that the raw output has only as an unresolved name, by article and spelling.
  const unresolvedPlaces = new Set<string>();
  const decisions: ReviewScore["decisions"] = { total: corrections.length, matched: 0, unmatched: [], elsewhere: [], aboutNames: 0 };

  for (const c of corrections) {
    if (!("anchor" in c) || !c.anchor) {
      decisions.aboutNames++;
      continue;
    }
    const anchored = c as Anchored;
    const { anchor } = anchored;
    const article = byId.get(anchor.source_id);
    if (!article) {
      decisions.elsewhere.push(c.id);
      continue;
    }
    const i = findAnchoredReport(article.reports, anchor);
    if (i >= 0) {
      const report = article.reports[i]!;
      onReport.set(report, [...(onReport.get(report) ?? []), anchored]);
    } else if (article.unresolved.some((row) => unresolvedMatchesAnchor(row, anchor))) {
      // A rejected name the raw output left unresolved: nothing reported, nothing to score.
      if (c.action !== "reject") unresolvedPlaces.add(`${article.id}\u0000${nameKeyOf(anchor.mention)}`);
    } else {
      decisions.unmatched.push(c.id);
      continue;
    }
    decisions.matched++;
  }

  const rejectedNames = new Set(corrections.flatMap((c) => (c.action === "reject_everywhere" ? [nameKeyOf(c.name)] : [])));
  // As ingest --corrections drops it: every sentence of the report marks a name rejected everywhere.
  const rejectedEverywhere = (r: PlaceReport) =>
    rejectedNames.size > 0 && r.properties.quotes.every((q) => rejectedNames.has(nameKeyOf(q.text.slice(q.start, q.end) || r.properties.mention)));

  const recall = { right: 0, of: unresolvedPlaces.size };
  const precision = { right: 0, of: 0 };
  const role = { right: 0, of: 0 };
  const date = { right: 0, of: 0 };
  for (const article of articles) {
    for (const report of article.reports) {
      const judged = onReport.get(report) ?? [];
      const rejected = rejectedEverywhere(report) || judged.some((c) => c.action === "reject");
      if (judged.length === 0 && !rejected) continue;
      precision.of++;
      if (rejected) continue;
      const placed = judged.findLast((c) => c.action === "move" || c.action === "place");
      const rightPlace = !placed || reportAtTarget(report, placed.target);
      recall.of++;
      if (rightPlace) {
        recall.right++;
        precision.right++;
      }

      const p = report.properties;
      const confirmed = judged.some((c) => c.action === "confirm");
      const roleDecision = last(judged, "role");
      const dateDecision = last(judged, "date");
      if (roleDecision || confirmed || dateDecision) {
        role.of++;
        if (!roleDecision || roleDecision.role === p.role) role.right++;
      }
      if (dateDecision || confirmed) {
        date.of++;
        if (!dateDecision || sameDay(p.date_start, dateDecision.date_start)) date.right++;
      }
    }
  }
  return { placeRecall: tally(recall), placePrecision: tally(precision), roleAccuracy: tally(role), dateAccuracy: tally(date), decisions };
}

function tally({ right, of }: { right: number; of: number }): Tally {
  return { right, of, ratio: of === 0 ? null : right / of };
}
