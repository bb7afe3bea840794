/**
 * A pattern that tests whether a text ends in `source` (what `new RegExp(source + "$", flags)`
 * tests). The rules ask this of the words before every name, and a pattern anchored only at
 * its end is tried from every position of the text; as a lookbehind at the end, the text is
 * read backwards from its end, once (a tenth of the time for the locatives). The answer is
 * the same; what matched is not reported, so it is for `test` only.
 */
export function endsWith(source: string, flags: string): RegExp {
  return new RegExp(`$(?<=${source})`, flags);
}
