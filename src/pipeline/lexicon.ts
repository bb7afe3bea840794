/**
 * Phrases of English war reporting that more than one rule reads, each written once.
 * Finding names (occurrences), choosing between namesakes (resolve), deciding a role
 * (roles), placing an unknown village (containers) and dating (dates, geoparse) all
 * read the same words around a name, and must agree on them: "20 km outside Kursk"
 * makes Kursk a reference point to the roles and a town to the resolver alike.
 *
 * Each phrase is a regular-expression source (case-insensitive where used) with a
 * name; rules built from several phrases report the one that decided, and `--explain`
 * prints it.
 */

/** A phrase the rules share, with the name `--explain` prints. */
export interface Phrase {
  readonly name: string;
  readonly source: string;
}

/** Dates within this many days before publication are the article's news; older ones are background. */
export const RECENT_DAYS = 21;

// ── measures and bearings ────────────────────────────────────────────────────

export const DISTANCE_UNIT = String.raw`(?:km|kilomet(?:re|er)s?|miles?|mi)`;
/** "north", "south-east", "northwest". */
export const COMPASS_POINT = String.raw`(?:north|south|east|west)(?:-?(?:east|west))?`;
/** The words that measure from a place: "20 km from", "5 miles outside", "30 km south-east of". */
export const MEASURED_FROM = String.raw`(?:from|of|outside)`;

/** "20 km outside X", "30 miles south-east of the city of X": X is where a distance is measured from. */
export const DISTANCE_FROM: Phrase = {
  name: "distance from",
  source: String.raw`\d[\d,.]*\s*${DISTANCE_UNIT}\b[^.]{0,30}?\b${MEASURED_FROM}`,
};

/**
 * "north of X", "to the south-east of X": X is a bearing's reference point. "the north
 * of X" (and "in the north of X") names a part of X, which is not.
 */
export const BEARING_FROM: Phrase = {
  name: "bearing from",
  source: String.raw`(?:\b(?:to|from)\s+the\s+|(?<!\bthe\s)(?<![\w-]))${COMPASS_POINT}\s+of`,
};

// ── the words just before a name ─────────────────────────────────────────────

/** Prepositions that put the name in a place: "in", "near", "outside". */
export const LOCATIVE_STRONG = String.raw`(?:in|into|near|nearby|around|towards|toward|outside|inside|across|through|within)`;
/** Prepositions that may: "at", "from", "of", "to", "on". */
export const LOCATIVE_WEAK = String.raw`(?:at|from|of|to|on)`;
/** Words between a preposition and a name that describe the place: "the nearby", "the border". */
export const PLACE_ADJECTIVE = String.raw`(?:nearby|neighbou?ring|border|front-?line)`;

/** Nouns that introduce settlements by name: "the village of", "towns including". */
export const SETTLEMENT_NOUN = String.raw`(?:villages?|towns?|cit(?:y|ies)|settlements?|hamlets?)`;
/** Nouns that introduce administrative units by name: "the district of". */
export const UNIT_NOUN = String.raw`(?:districts?|regions?|oblasts?|provinces?)`;

/**
 * Phrases joined into one alternative each, `(?:(?<a>…)|(?<b>…))`, whose matching group
 * names the phrase. The group names are worked out once: a rule asks which phrase decided
 * for every name it reads as a reference point.
 */
export class PhraseAlternation {
  readonly source: string;
  private readonly groups: readonly { group: string; name: string }[];
  constructor(phrases: readonly Phrase[]) {
    this.groups = phrases.map((p) => ({ group: groupName(p), name: p.name }));
    this.source = `(?:${phrases.map((p, i) => `(?<${this.groups[i]!.group}>${p.source})`).join("|")})`;
  }
  /** The name of the phrase that matched a pattern built from `source`. */
  matched(match: RegExpExecArray): string | null {
    const groups = match.groups;
    if (!groups) return null;
    for (const g of this.groups) if (groups[g.group] !== undefined) return g.name;
    return null;
  }
}

function groupName(p: Phrase): string {
  return p.name.replace(/[^a-z]+(.)?/gi, (_, next: string | undefined) => (next ?? "").toUpperCase());
}
