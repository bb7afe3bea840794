/** Measures text in output pixels for a CSS font string; a canvas context in the browser. */
export type MeasureText = (text: string, font: string) => number;

/**
 * Greedy word wrap. A single word wider than the line (a long URL) is broken by characters
 * so nothing is drawn outside the image.
 */
export function wrapText(text: string, font: string, maxWidthPx: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, font) <= maxWidthPx) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = "";
    for (const piece of breakWord(word, font, maxWidthPx, measure)) {
      if (line) lines.push(line);
      line = piece;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function breakWord(word: string, font: string, maxWidthPx: number, measure: MeasureText): string[] {
  if (measure(word, font) <= maxWidthPx) return [word];
  const pieces: string[] = [];
  let piece = "";
  for (const ch of word) {
    if (piece && measure(piece + ch, font) > maxWidthPx) {
      pieces.push(piece);
      piece = "";
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}
