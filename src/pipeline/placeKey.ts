import { memoByText } from "./textMemo";

/**
 * Romanization-insensitive keys for place names.
 *
 * Reporting spells the same place many ways: Russian vs Ukrainian forms
 * (Kharkov/Kharkiv), competing romanizations (Tyotkino/Tiotkino/Tëtkino/Тёткино),
 * and machine-translation garble. `placeKey` folds the differences that carry no
 * identity (diacritics, y/i/j, ye/ie/e, kh/h/g, doubled letters, adjective endings);
 * `placeSkeleton` keeps only consonants so that vowel drift (Izium/Izyum,
 * Siverdonetsk/Severodonetsk) lands in the same bucket for a bounded edit-distance check.
 */

// Scholarly-ish Cyrillic to Latin; ambiguity is folded later by the key rules.
const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", ґ: "g", д: "d", е: "e", ё: "yo", є: "ye", ж: "zh", з: "z",
  и: "i", і: "i", ї: "yi", й: "y", к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r",
  с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "",
  ы: "y", ь: "", э: "e", ю: "yu", я: "ya", ў: "u",
};

export function transliterateCyrillic(text: string): string {
  if (!hasCyrillic(text)) return text;
  let out = "";
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const latin = CYRILLIC[lower];
    if (latin === undefined) out += ch;
    else out += ch === lower || latin === "" ? latin : latin[0]!.toUpperCase() + latin.slice(1);
  }
  return out;
}

function hasCyrillic(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x400 && code <= 0x52f) return true;
  }
  return false;
}

// Ordered: longer digraphs before the letters they contain.
const FOLDS: Array<[RegExp, string]> = [
  // The abbreviated Saint of Western names and the German-style Sankt of Russian ones: St Petersburg.
  [/(?<=^| )(?:saint|sankt|st)(?= |$)/g, "st"],
  [/ck|q/g, "k"],
  [/shch|sch/g, "s"],
  [/tch|ch|tsh/g, "c"],
  [/sh/g, "s"],
  [/zh/g, "z"],
  [/kh/g, "h"],
  [/ts|tz/g, "c"],
  [/ph/g, "f"],
  [/w/g, "v"],
  [/x/g, "ks"],
  [/h/g, "g"], // Ukrainian h, Russian g: Horlivka/Gorlovka, Hlukhiv/Glukhov
  [/[yj]/g, "i"],
  [/i[eo]|e[io]/g, "e"], // ye/ie/yo/io (after y→i): Sievierodonetsk/Severodonetsk, Tyotkino/Tetkino
  [/iu/g, "u"],
  [/ia/g, "a"],
  [/(\p{L})\1+/gu, "$1"],
  // Russian/Ukrainian adjective endings drift between forms: Lozovaya/Lozova, Krasnyy/Krasnyi.
  [/(\p{L}{3})(?:ai|oe|ii|oi|ae|i)(?=\s|$)/gu, "$1"],
];

// Folding is a dozen regex passes; each spelling is folded once.
/** The key under which a name is indexed and looked up. Empty for names with no letters. */
export const placeKey: (name: string) => string = memoByText(foldName);

const MARKS = /\p{M}/gu;
const APOSTROPHES = /['’ʼ`´]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

function foldName(name: string): string {
  let s = transliterateCyrillic(name).normalize("NFKD").replace(MARKS, "").toLowerCase();
  s = s.replace(APOSTROPHES, "").replace(NON_WORD, " ").trim();
  for (const [pattern, replacement] of FOLDS) s = s.replace(pattern, replacement);
  return s.replace(/\s+/g, " ").trim();
}

/** The folding rules as text: keys stored under other rules are never reused (see nameIndex). */
export const PLACE_KEY_RULES = JSON.stringify([
  CYRILLIC,
  [MARKS, APOSTROPHES, NON_WORD].map(String),
  FOLDS.map(([pattern, replacement]) => [String(pattern), replacement]),
]);

/** Consonant skeleton of a key: the blocking key for fuzzy lookup. Keeps a leading vowel. */
export function placeSkeleton(key: string): string {
  return key.replace(/(?!^)[aeiou]/g, "").replace(/\s+/g, "").replace(/(\p{L})\1+/gu, "$1");
}
