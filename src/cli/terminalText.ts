/**
 * Text from inputs on its way to the terminal: control characters (C0, C1, DEL, and the
 * bidirectional overrides that reorder what a reader sees) are shown as escapes, so an
 * article cannot move the cursor, recolour or rewrite the screen; and a line is cut to a
 * short excerpt, so one huge value never floods stderr.
 */
const MAX_MESSAGE_CHARS = 400;

const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function forTerminal(text: string, maxChars = MAX_MESSAGE_CHARS): string {
  const cut = text.length > maxChars ? `${text.slice(0, maxChars)}… (${text.length - maxChars} more characters)` : text;
  return cut.replace(/\r?\n|\t/g, " ").replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Writes one line to stderr, made safe by `forTerminal`. */
export function sayLine(text: string): void {
  process.stderr.write(`${forTerminal(text)}\n`);
}
