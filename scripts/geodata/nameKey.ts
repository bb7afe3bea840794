/**
 * A loose comparison key for names inside one build: case, diacritics,
 * apostrophes and the y/i/j alternation of romanizations are ignored, so that
 * "Kupiansk Raion" finds "Kupyansk" and "Ryl’skiy Rayon" finds "Ryl'sk".
 * Build-time only; the matcher has its own, richer key.
 */
export function looseNameKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’ʼ`ʹ]/g, "")
    .replace(/[yj]/g, "i")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
