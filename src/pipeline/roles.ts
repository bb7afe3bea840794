import type { PlaceRole } from "../contract/placeReport";
import { BEARING_FROM, DISTANCE_FROM, LOCATIVE_STRONG, PLACE_ADJECTIVE, PhraseAlternation } from "./lexicon";
import { textBeforeList } from "./spans";
import { isSpace } from "./whitespace";
import { endsWith } from "./endPattern";

/**
 * Whether a sentence reports something happening at a place it names (`event`) or
 * names it in passing (`mention`). Rules follow how war reporting is written:
 * an event word in the sentence, and the place in a locative slot rather than as
 * an actor ("Ukraine launched…", "Kyiv's forces"), a reference point ("500km from
 * Moscow", "north of Kharkiv") or a relation ("loyal to Kiev", "ties with Mali").
 */
export interface RoleVerdict {
  readonly role: PlaceRole;
  /** The rule that decided, worded for `--explain`. */
  readonly reason: string;
}

const EVENT_WORDS = new RegExp(
  "\\b(?:" +
    [
      "attack", "assault", "raid", "incursion", "offensive", "counter-?offensive", "fight", "fought", "combat",
      "clash", "battle", "shell", "strike", "striking", "struck", "missile", "drone", "bomb", "explosion", "blast",
      "captur", "seiz", "control", "damag", "liberat", "occup", "evacuat",
      "cross", "entered", "entering", "advanc", "pushed", "pushing", "deploy", "stationed", "troops", "mines",
      "sabotage", "killed", "wounded", "casualt", "destroy", "repel", "repuls", "retreat", "withdr", "invad",
      "invasion", "storm", "encircl", "geolocat", "foothold", "counter-?attack", "operation", "firefight",
      "skirmish", "front ?line", "shelling", "airstrike", "air strike", "reached the", "gaining ground",
      "convoy", "swept", "marched", "blew up", "blown up", "blowing up", "overran", "recaptur", "retook", "regain", "hit by", "targeted", "concentrat",
      "tanks?\\b", "artillery", "insurgen",
      // Claims as written ("had taken X and were moving on Y") and orders to leave are events too.
      "(?:had|have|has) taken\\b", "taken (?:over|control|full control)", "took (?:full )?control", "moving on\\b", "mov(?:ed|es) on\\b", "rout(?:ed)?\\b", "driven back", "drove back", "thwart",
      "killing\\b", "rocket", "break ?through", "broke ?through", "break into", "broke into", "(?:holding|held|hold) (?:their |its )?positions",
      "to (?:leave|flee)\\b",
    ].join("|") +
    ")",
  "i",
);

// The place is an actor: subject of a clause ("Russia denied…", "Kyiv has so far remained silent").
const SUBJECT_VERB =
  /^\s*(?:\w+ly\s+|also\s+|so far\s+|now\s+|still\s+|then\s+)?(?:has|have|had|is|was|were|are|will|would|could|can|cannot|can't|did|didn't|does|doesn't|do|said|says|say|claims?|claimed|denies|denied|deny|accused|accuses|reported|reports|launched|launches|carried|announced|acknowledged|countered|responded|wants?|wanted|remained|faced|faces|told|tells|plans?|planned|became|becomes|rejected|insists?|insisted|called|calls|urged|warned|confirmed|described|sees|seeks|sought|continues|continued|threatened|began|decided|agreed|refused|demanded|stated|added|condemned|welcomed|cites|cited|needs|needed|must|should|shelled|attacked|invaded|fired|sent|supplied|gave|signed|hopes|believes|considers|estimates|expects|intends|asked|hit back|retaliated|moved|moves|deployed|deploys|massed|mobili[sz]ed|summoned|recalled|expelled|imposed|vowed|pledged|promised|offered|proposed|reacted|praised|thanked|backed|controls|now controls|holds|captured|seized|took|retook|struck|crossed|advanced|pushed)\b/i;

// …unless the clause is passive: "Kozinka was captured", "Belgorod has been shelled".
const PASSIVE_EVENT = /^\s*(?:was|were|is|are|has been|have been|had been|being)\s+(?:\w+ly\s+|now\s+|still\s+)?(?:captur|seiz|shell|struck|hit|attack|bomb|liberat|occup|evacuat|storm|encircl|raid|target|retak|recaptur|overrun|invad|enter|mined|under\s+(?:\w+\s+)?control)/i;

// Possessive that makes the place an owner or actor, except where it names land: "Russia's territory".
const POSSESSIVE = /^['’]s\b/;
const POSSESSIVE_LAND = /^['’]s\s+(?:\w+\s+)?(?:territory|territories|soil|interior|airspace|countryside|villages?|towns?|cities|settlements|border (?:regions?|areas?|villages?|towns?)|\p{Lu})/u;

// The place is where something is measured from, or stands in a relation to what happened.
const REFERENCE_PHRASES = new PhraseAlternation([
  { name: DISTANCE_FROM.name, source: String.raw`${DISTANCE_FROM.source}(?:\s+(?:the\s+)?(?:city|town)\s+of)?` },
  BEARING_FROM,
  { name: "officials of", source: String.raw`\b(?:governor|mayor|head|administration|authorities)\s+of(?:\s+the)?(?:\s+(?:occupied|annexed|[\w-]+-(?:held|occupied|controlled)))?(?:\s+(?:part|parts|areas?)\s+of)?` },
  { name: "speaking in", source: String.raw`\b(?:(?:speaking|spoke|speaks|speech|remarks|news conference|press conference|briefing|interview)\s+in|(?:officials|authorities|administration|diplomats|leaders|lawmakers|politicians|governments?|capitals|allies|observers|analysts|talks|summit)\s+in|talks (?:with|in)|(?:ambassador|envoy) to|embassy in)` },
  { name: "acted upon", source: String.raw`\b(?:force|forced|forcing|pressure|pressured|pressuring|urge|urged|urging|gave|give|gives|handed|offer|offered|offers|promised|promises|told|tell|tells|warn|warned|warns|help|helped|helps|cost|costs|ask|asked|asks|persuade|persuaded|convince|convinced|allow|allowed|accuse|accused|accuses|blamed|sanctions on|support for)` },
  { name: "neighbour of", source: String.raw`\b(?:border(?:s|ing)?|adjacent to|neighbou?ring|next to|close to)` },
  { name: "origin", source: String.raw`\b(?:(?:armed|trained|formed|founded|created|made|registered|headquartered|equipped|recruited|raised|exiled|living|lives|live|based|born) in|native of|(?:supported|donated|approved|provided) by|from the (?:front(?:\s?line)?|battlefield) in)` },
  { name: "side taken", source: String.raw`\b(?:loyal to|allied with|ties (?:with|to)|relations with|(?:on|to) the side of|on behalf of|sid(?:ed|ing|es) with)` },
  { name: "destination", source: String.raw`\b(?:visit|visited|visiting|back (?:to|into)|move on to|go to|travel to|flee to|fled to|trip to)` },
  { name: "relation word", source: String.raw`\b(?:(?<!(?:battle|fight|fighting|struggle|assault|push|race)\s)for|by|against|with|like|than)` },
]);
// Whether a lead ends in a reference phrase is read from its end; which phrase it was (the
// leftmost match, as the rule has always named it) only when `--explain` asks for the reason.
const ENDS_IN_REFERENCE = endsWith(String.raw`${REFERENCE_PHRASES.source}\s+(?:the\s+)?`, "i");
const REFERENCE_BEFORE = new RegExp(String.raw`${REFERENCE_PHRASES.source}\s+(?:the\s+)?$`, "i");

/** A place named as a reference point or in a relation; the phrase is found when the reason is read. */
class ReferenceVerdict implements RoleVerdict {
  readonly role = "mention";
  constructor(private readonly lead: string) {}
  get reason(): string {
    return `reference point or relation (${REFERENCE_PHRASES.matched(REFERENCE_BEFORE.exec(this.lead)!)})`;
  }
}

const REFERENCE_AFTER = /^\s*(?:side\b|time\b|-based\b|-backed\b|-born\b|-made\b|-style\b)/i;
// "In Kyiv, officials denied…": the seat of a government speaking, not where things happened.
const SPEAKERS_AFTER =
  /^,?\s+(?:(?:officials?|authorities|(?:the\s+)?(?:government|kremlin|presidency|foreign ministry|defen[cs]e ministry|ministry)|(?:a\s+)?(?:spokes(?:man|woman|person)|minister))\b|(?:(?:President|Prime Minister|Minister)\s+)?(?:\p{Lu}[\p{L}'’-]+\s+){1,2}(?:said|says|told|called|denied|warned|accused|announced|claimed|vowed)\b)/iu;
// "Belgorod governor Vyacheslav Gladkov said", "Kursk authorities": the place's officials speaking.
const OFFICIALS_AFTER = /^\s+(?:regional\s+|city\s+|oblast\s+)?(?:acting\s+)?(?:governor|mayor|authorities|officials?|administration)\b/i;
const FRONT_AFTER = /^\s*(?:and\s+\p{Lu}[\p{L}-]*\s+)?(?:front|fronts|axis|direction|sector|bridgehead|salient|pocket|offensive|incursion)\b/iu;

// "KYIV, Aug 12 (Reuters) -", "MOSCOW (AP) —": a wire story's dateline names where it was filed.
const DATELINE_AFTER = /^\s*(?:,|\(|[-–—])/;

function isDateline(mention: string, before: string, after: string): boolean {
  // The cheap tests first: nearly every name has words before it, and case-folding copies the name.
  return mention.length >= 4 && isBlank(before) && DATELINE_AFTER.test(after) && mention === mention.toUpperCase() && mention !== mention.toLowerCase();
}

/** `text.trim() === ""`, without the copy. */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

// "the Ukraine war", "the Donbas conflict": the name of a war, not a place where something happened.
const WAR_NAME_AFTER = /^\s+(?:war|conflict|crisis)\b/;
// Headlines capitalise verbs: "Ukraine Counter-Invades Russia", "Russia Shells Kharkiv".
const HEADLINE_VERB_AFTER = /^\s+(?:\p{Lu}\p{Ll}+-)?\p{Lu}\p{Ll}+(?<!s)s\b/u;

// One \b ahead of the alternatives, not one in each: the pattern then costs half as much per position.
const HYPOTHETICAL = /\b(?:(?:could|would|might)\s+(?:be|become|have|happen|start|launch|follow|come)\b|(?:meant|intended|designed) to\b|ahead of\b|if\b|wants? to\b|would like\b|aim(?:s|ed|ing)? (?:is |was )?to\b|aimed at\b)/i;

// The object of a preposition is not the subject of the clause: "in Russia's Belgorod area are members…".
// "to" is left out: "the bridge to X was destroyed" says what happened to the bridge, not to X.
const PREPOSITION_BEFORE = endsWith(String.raw`\b(?:${LOCATIVE_STRONG}|at|of|on|from)\s+(?:the\s+)?(?:${PLACE_ADJECTIVE}\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?`, "iu");

// "Ukraine's Air Force commander", "Russia's Defence Ministry": the owner of a body, not land.
const POSSESSIVE_BODY = /^['’]s\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Force|Forces|Ministry|Staff|Service|Army|Guard|Guards|Corps|Directorate|Office|Command|Navy|Intelligence|Government|Parliament|President|Minister)\b/u;

const TRAILING_OWNER = /\p{Lu}[\p{L}-]*['’]s\s+$/u;

/** "…borders Ukraine's " → "…borders ": the pattern is tried only when the text ends in 's and whitespace. */
function withoutTrailingOwner(text: string): string {
  const trimmed = text.trimEnd();
  if (trimmed.length === text.length || !trimmed.endsWith("s")) return text;
  const apostrophe = trimmed.charCodeAt(trimmed.length - 2);
  return apostrophe === 39 || apostrophe === 0x2019 ? text.replace(TRAILING_OWNER, "") : text;
}

export function hasEventWord(sentence: string): boolean {
  return EVENT_WORDS.test(sentence);
}

/** What a sentence as a whole says, computed once for all the places it names. */
export interface SentenceCues {
  eventful: boolean;
  /** Dated well before publication (history, earlier raids). */
  background: boolean;
  hypothetical: boolean;
}

export function sentenceCues(sentence: string, background: boolean, eventful = hasEventWord(sentence)): SentenceCues {
  return { eventful, background, hypothetical: isHypothetical(sentence) };
}

export function isHypothetical(sentence: string): boolean {
  return HYPOTHETICAL.test(sentence);
}

/**
 * Role of one occurrence. `before`/`after` are the sentence text around the mention
 * (after includes any generic word such as "region").
 */
export function classifyOccurrence(cues: SentenceCues, mention: string, fullBefore: string, fullAfter: string): RoleVerdict {
  // The clause around the name decides; end-anchored patterns over a long prefix would cost O(length).
  const before = fullBefore.slice(-120);
  const after = fullAfter.slice(0, 120);
  if (isDateline(mention, before, after)) return { role: "mention", reason: "dateline: where the story was filed" };
  if (WAR_NAME_AFTER.test(after)) return { role: "mention", reason: "part of the name of a war" };
  if (HEADLINE_VERB_AFTER.test(after)) return { role: "mention", reason: "actor: subject of a headline" };
  if (FRONT_AFTER.test(after)) {
    // "rushed from the Kharkiv front": where forces were taken from, not where the fighting is reported.
    if (/\bfrom\s+(?:the\s+)?$/i.test(textBeforeList(before))) return { role: "mention", reason: "a front forces were taken from" };
    return { role: "event", reason: "front or axis named after the place" };
  }
  if (!cues.eventful) return { role: "mention", reason: "no event reported in the sentence" };
  if (REFERENCE_AFTER.test(after)) return { role: "mention", reason: "time zone or origin adjective" };
  if (OFFICIALS_AFTER.test(after)) return { role: "mention", reason: "officials speaking for the place" };
  // "In Kyiv, officials denied…" opens a sentence or clause; "a building in Belgorod, officials said" is where it happened.
  if ((/^\s*in\s+$/i.test(fullBefore) || /[;:]\s*in\s+$/i.test(before)) && SPEAKERS_AFTER.test(after))
    return { role: "mention", reason: "seat of government speaking" };
  // "borders Ukraine's Sumy region": the owner in front of a name does not change the relation.
  const lead = withoutTrailingOwner(textBeforeList(before));
  if (ENDS_IN_REFERENCE.test(lead)) return new ReferenceVerdict(lead);
  if (POSSESSIVE.test(after) && (!POSSESSIVE_LAND.test(after) || POSSESSIVE_BODY.test(after))) return { role: "mention", reason: "possessive: owner or actor" };
  if (SUBJECT_VERB.test(after) && !PASSIVE_EVENT.test(after) && !PREPOSITION_BEFORE.test(before)) return { role: "mention", reason: "actor: subject of the clause" };
  if (cues.background) return { role: "mention", reason: "earlier events, dated well before publication" };
  if (cues.hypothetical) return { role: "mention", reason: "hypothetical or wished-for" };
  return { role: "event", reason: "event reported at the place" };
}
