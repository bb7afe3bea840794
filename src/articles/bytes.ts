/** Checks on raw article bytes, before any decoding: each failure names what was found and where. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** An article's text, or what is wrong with its bytes. */
export function decodeArticleBytes(bytes: Uint8Array): { text: string } | { problem: string } {
  if (bytes.length === 0) return { problem: "file is empty" };
  const utf16 = utf16ByteOrder(bytes);
  if (utf16) return decodeUtf16(bytes.subarray(2), utf16);
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) {
    if (looksLikeUtf16(head)) return { problem: "looks like UTF-16 without a byte-order mark: convert to UTF-8" };
    return { problem: `binary file (NUL byte at offset ${head.indexOf(0)}), expected text` };
  }
  try {
    // The platform's decoder checks the bytes as it decodes; only a refusal needs the offset found.
    return { text: strictUtf8.decode(bytes) };
  } catch {
    return { problem: `invalid UTF-8 at byte ${firstInvalidUtf8(bytes) ?? 0}` };
  }
}

/** Offset of the first byte that breaks UTF-8, or null. */
export function firstInvalidUtf8(bytes: Uint8Array): number | null {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong three-byte forms, UTF-16 surrogates and code points past U+10FFFF.
    if (need === 2 && ((b === 0xe0 && bytes[i + 1]! < 0xa0) || (b === 0xed && bytes[i + 1]! >= 0xa0))) return i;
    if (need === 3 && ((b === 0xf0 && bytes[i + 1]! < 0x90) || (b === 0xf4 && bytes[i + 1]! >= 0x90))) return i;
    i += need + 1;
  }
  return null;
}

/** Word processors and Windows tools save UTF-16 with a byte-order mark; it is text all the same. */
function utf16ByteOrder(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): { text: string } | { problem: string } {
  if (bytes.length % 2 !== 0) return { problem: `invalid ${encoding.toUpperCase()}: odd number of bytes after the byte-order mark; convert to UTF-8` };
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    if (text.includes("\0")) return { problem: `binary file (NUL character in ${encoding.toUpperCase()} text), expected text` };
    return text.length === 0 ? { problem: "file is empty" } : { text };
  } catch {
    return { problem: `invalid ${encoding.toUpperCase()} (an unpaired surrogate); convert to UTF-8` };
  }
}

/** Mostly ASCII text in UTF-16: every other byte is zero. */
function looksLikeUtf16(head: Uint8Array): boolean {
  let zeros = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) zeros++;
  return head.length >= 4 && zeros >= head.length * 0.3 && zeros <= head.length * 0.6;
}
