/** Checks on raw article bytes, before any decoding: each failure names what was found and where. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export function checkArticleBytes(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return "file is empty";
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return `binary file (NUL byte at offset ${head.indexOf(0)}), expected text`;
  const bad = firstInvalidUtf8(bytes);
  if (bad !== null) return `invalid UTF-8 at byte ${bad}`;
  return null;
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
