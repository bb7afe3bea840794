import type { Random } from "./random";

/**
 * The ways a place name reaches a newsroom's archive: the gazetteer's form, another
 * romanization, the Ukrainian or Russian form, Cyrillic, or a typo. The ingest must
 * do its matching work on every one of them, so the benchmark feeds it all kinds.
 */

export type SpellingKind = "canonical" | "alternate" | "romanization" | "cyrillic" | "typo";

/** Rewrites that turn one common romanization of a name into another. */
const ROMANIZATION_RULES: readonly [RegExp, string][] = [
  [/^E/, "Ye"], // Yenakiieve / Enakievo
  [/([aeiou])e/g, "$1ye"],
  [/kh/g, "h"], // Kharkiv / Harkiv
  [/Kh/g, "H"],
  [/iy\b/g, "y"], // Grayvoronskiy / Grayvoronsky
  [/iy/g, "ii"],
  [/ya/g, "ia"], // Yakovlevo / Iakovlevo
  [/yu/g, "iu"],
  [/ë/g, "yo"], // Tëtkino / Tyotkino
  [/ë/g, "e"],
  [/iv\b/g, "ov"], // Kharkiv / Kharkov, ukrainian to russian forms
  [/ov\b/g, "iv"],
  [/^H/, "G"], // Hlukhiv / Glukhov
  [/^G/, "H"],
  [/ts/g, "tz"],
  [/y\b/g, "i"],
  [/skoye\b/g, "skoe"],
  [/skoe\b/g, "skoye"],
];

export function romanizationVariant(name: string, random: Random): string | null {
  const changed = ROMANIZATION_RULES.map(([pattern, replacement]) => name.replace(pattern, replacement)).filter(
    (variant) => variant !== name,
  );
  return changed.length === 0 ? null : random.pick(changed);
}

const LATIN_TO_CYRILLIC: readonly [string, string][] = [
  ["shch", "щ"], ["kh", "х"], ["zh", "ж"], ["ts", "ц"], ["ch", "ч"], ["sh", "ш"],
  ["yu", "ю"], ["ya", "я"], ["yo", "ё"], ["ye", "е"], ["iy", "ий"], ["yy", "ый"],
  ["a", "а"], ["b", "б"], ["v", "в"], ["g", "г"], ["h", "г"], ["d", "д"], ["e", "е"], ["ë", "ё"],
  ["z", "з"], ["i", "и"], ["y", "ы"], ["k", "к"], ["l", "л"], ["m", "м"], ["n", "н"], ["o", "о"],
  ["p", "п"], ["r", "р"], ["s", "с"], ["t", "т"], ["u", "у"], ["f", "ф"], ["c", "к"], ["w", "в"],
  ["x", "кс"], ["j", "й"], ["q", "к"], ["'", "ь"], ["’", "ь"],
];

/** A plain letter-by-letter Cyrillic rendering, as a Russian-language source would print the name. */
export function toCyrillic(name: string): string {
  let out = "";
  let rest = name;
  while (rest.length > 0) {
    const lower = rest.toLowerCase();
    const rule = LATIN_TO_CYRILLIC.find(([latin]) => lower.startsWith(latin));
    if (rule === undefined) {
      out += rest[0];
      rest = rest.slice(1);
      continue;
    }
    const [latin, cyrillic] = rule;
    const upper = rest[0] !== lower[0];
    out += upper ? cyrillic[0]!.toUpperCase() + cyrillic.slice(1) : cyrillic;
    rest = rest.slice(latin.length);
  }
  return out;
}

const TYPO_LETTERS = "aeioukvnrst";

/** One edit (swap, drop, double or replace a letter), never on the first letter. */
export function typo(name: string, random: Random): string {
  if (name.length < 4) return name;
  const at = random.int(1, name.length - 2);
  switch (random.int(0, 3)) {
    case 0:
      if (name[at] === name[at + 1]) return name.slice(0, at) + name.slice(at + 1);
      return name.slice(0, at) + name[at + 1] + name[at] + name.slice(at + 2);
    case 1:
      return name.slice(0, at) + name.slice(at + 1);
    case 2:
      return name.slice(0, at) + name[at] + name.slice(at);
    default: {
      const letters = TYPO_LETTERS.replace(name[at]!.toLowerCase(), "");
      return name.slice(0, at) + random.pick([...letters]) + name.slice(at + 1);
    }
  }
}

/** Picks a spelling for one mention. Most mentions use a real-world form; a few are typos. */
export function spell(name: string, altNames: readonly string[], random: Random): { surface: string; kind: SpellingKind } {
  const roll = random.next();
  const latinAlternates = altNames.filter((alt) => /^[A-Za-zÀ-ž' -]+$/.test(alt) && alt !== name);
  if (roll < 0.45) return { surface: name, kind: "canonical" };
  if (roll < 0.6 && latinAlternates.length > 0) return { surface: random.pick(latinAlternates), kind: "alternate" };
  if (roll < 0.78) {
    const variant = romanizationVariant(name, random);
    if (variant !== null) return { surface: variant, kind: "romanization" };
  }
  if (roll < 0.9) {
    const cyrillicAlternates = altNames.filter((alt) => /^[\u0400-\u04FF' -]+$/.test(alt));
    const real = cyrillicAlternates.length > 0 && random.chance(0.5);
    return { surface: real ? random.pick(cyrillicAlternates) : toCyrillic(name), kind: "cyrillic" };
  }
  if (name.length >= 6) return { surface: typo(name, random), kind: "typo" };
  return { surface: name, kind: "canonical" };
}
