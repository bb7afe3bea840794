// Three rows of the table, reused across calls and grown for longer names.
let rows = new Int32Array(3 * 64);

/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and
 * swaps of adjacent letters each cost 1. Typists swap letters ("Kurks"), which
 * plain Levenshtein counts twice. Returns `max + 1` as soon as the distance
 * must exceed `max`, so fuzzy lookups stay cheap.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(6 * width);
  // Offsets of the row before last, the last and the current one.
  let previous2 = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j < width; j++) rows[previous + j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1);
    rows[current] = i;
    let rowMin = i;
    for (let j = 1; j < width; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = rows[previous + j - 1]! + (ai === bj ? 0 : 1);
      const up = rows[previous + j]! + 1;
      const left = rows[current + j - 1]! + 1;
      if (up < d) d = up;
      if (left < d) d = left;
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        const swap = rows[previous2 + j - 2]! + 1;
        if (swap < d) d = swap;
      }
      rows[current + j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const oldest = previous2;
    previous2 = previous;
    previous = current;
    current = oldest;
  }
  return rows[previous + width - 1]!;
}
