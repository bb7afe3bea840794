import { describe, expect, it } from "vitest";
import { decodeArticleBytes, firstInvalidUtf8 } from "../../src/articles/bytes";

const utf8 = (text: string) => new TextEncoder().encode(text);
const join = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe("article bytes", () => {
  it("decodes UTF-8 text in every script the articles use", () => {
    const text = "Sudzha — Суджа, Tëtkino, Głuszyca 🇺🇦";
    expect(decodeArticleBytes(utf8(text))).toEqual({ text });
  });

  const cases: [string, Uint8Array, number][] = [
    ["a Latin-1 byte", join(utf8("Tetkino: "), [0xeb]), 9],
    ["a lone continuation byte", join(utf8("ab"), [0x80], utf8("c")), 2],
    ["an overlong slash", join(utf8("x"), [0xc0, 0xaf]), 1],
    ["an overlong three-byte form", join([0xe0, 0x80, 0xaf]), 0],
    ["a UTF-16 surrogate", join(utf8("ok "), [0xed, 0xa0, 0x80]), 3],
    ["a code point past U+10FFFF", join([0xf4, 0x90, 0x80, 0x80]), 0],
    ["a sequence cut at the end", join(utf8("Суджа"), [0xd0]), 10],
  ];
  for (const [name, bytes, offset] of cases) {
    it(`says where the UTF-8 breaks: ${name}`, () => {
      expect(decodeArticleBytes(bytes)).toEqual({ problem: `invalid UTF-8 at byte ${offset}` });
    });
  }

  it("finds a break exactly when the platform's strict decoder refuses the bytes", () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const strict = new TextDecoder("utf-8", { fatal: true });
    const tails = [[0xd0, 0xa1], [0xe2, 0x80, 0x94], [0xf0, 0x9f, 0x87, 0xba], [0x80], [0xc0], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80]];
    for (let n = 0; n < 2000; n++) {
      const bytes = join(...Array.from({ length: 1 + (next() % 6) }, () => (next() % 3 === 0 ? tails[next() % tails.length]! : [0x41 + (next() % 26)])));
      let refused = false;
      try {
        strict.decode(bytes);
      } catch {
        refused = true;
      }
      expect(firstInvalidUtf8(bytes) !== null, `bytes ${[...bytes].map((b) => b.toString(16)).join(" ")}`).toBe(refused);
    }
  });

  it("refuses empty and binary files before decoding", () => {
    expect(decodeArticleBytes(new Uint8Array())).toEqual({ problem: "file is empty" });
    expect(decodeArticleBytes(join(utf8("PNG"), [0]))).toEqual({ problem: "binary file (NUL byte at offset 3), expected text" });
  });
});
