import type { Readable } from "node:stream";

export type BoundedLine = { text: string } | { tooLongBytes: number };

/**
 * The lines of a byte stream, each at most `maxBytes`: a longer line is skipped as it
 * streams past (its length counted, its bytes never held), so one huge line costs no
 * memory. Lines end at LF; a CR before it is dropped. Text is decoded as UTF-8.
 */
export async function* boundedLines(input: Readable, maxBytes: number): AsyncGenerator<BoundedLine> {
  const decoder = new TextDecoder("utf-8");
  let parts: Buffer[] = [];
  let held = 0;
  let length = 0;
  const finish = (): BoundedLine => {
    const line: BoundedLine = length > maxBytes ? { tooLongBytes: length } : { text: decoder.decode(Buffer.concat(parts, held)).replace(/\r$/, "") };
    parts = [];
    held = 0;
    length = 0;
    return line;
  };
  const hold = (piece: Buffer) => {
    length += piece.length;
    if (length > maxBytes) {
      parts = [];
      held = 0;
      return;
    }
    parts.push(piece);
    held += piece.length;
  };
  for await (const chunk of input) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    let from = 0;
    for (let newline = bytes.indexOf(10, from); newline !== -1; newline = bytes.indexOf(10, from)) {
      hold(bytes.subarray(from, newline));
      yield finish();
      from = newline + 1;
    }
    if (from < bytes.length) hold(bytes.subarray(from));
  }
  if (length > 0) yield finish();
}
