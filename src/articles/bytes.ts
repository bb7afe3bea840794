/** Checks on raw article bytes, before any decoding: each failure names what was found and where. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** An article's text, or what is wrong with its bytes. */
export function decodeArticleBytes(bytes: Uint8Array): { text: string } | { problem: string } {
  if (bytes.length === 0) return { problem: "file is empty" };
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { problem: `binary file (NUL byte at offset ${head.indexOf(0)}), expected text` };
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
