import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { compileAcceptor } from "../../src/contract/jsonSchemaCheck";
import { placeReportCollection, placeReportFeature } from "../../src/contract/placeReport";

const fixture = JSON.parse(readFileSync(new URL("../fixtures/placeReports.small.geojson", import.meta.url), "utf8"));

/** Values a hand-edited or foreign file might hold where a report field should be. */
const ODD_VALUES: unknown[] = [
  null, "", "x", "UA", "ua", "U", "UAA", "U\u{1F600}", "\u{1F600}\u{1F600}", "\uD800x", "\uDC00\uD800", "ＵＡ",
  "2024-08-06", "2024-8-06", "2024-08-06T00:00", "2024-08-06\n", "\n2024-08-06", "２０２４-08-06",
  0, -0, -1, 1, 0.5, 1.5, 2, 17, 1e300, -180, 180, 180.0001, -90.5, 9007199254740991, 9007199254740993,
  true, false, [], {}, [1], [1, 2], [1, 2, 3], ["a"], [{ text: "t", start: 0, end: 1 }], { text: "t" },
  "Feature", "Point", "FeatureCollection", "event", "mention", "exact", "district", "settlement", "day", "text",
];

let seed = 2023;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Every path to a value inside `value`, objects' keys and arrays' indexes alike. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== "object") return [prefix];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((key) => paths((value as Record<string | number, unknown>)[key], [...prefix, key]))];
}

/** One change at one place: a value replaced, a key dropped, an unknown key added, an item added. */
function mutate(value: unknown): unknown {
  const copy = structuredClone(value);
  const path = pick(paths(copy));
  if (path.length === 0) return pick(ODD_VALUES);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- walks arbitrary JSON to change it in place
  const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], copy);
  const key = path.at(-1)!;
  const change = random();
  if (change < 0.7) parent[key] = pick(ODD_VALUES);
  else if (change < 0.8 && !Array.isArray(parent)) delete parent[key];
  else if (change < 0.9 && !Array.isArray(parent)) parent[`extra_${Math.floor(random() * 3)}`] = pick(ODD_VALUES);
  else if (Array.isArray(parent)) parent.push(structuredClone(parent[0]) ?? pick(ODD_VALUES));
  else parent[key] = structuredClone(parent[key]);
  return copy;
}

function agreeOnMutations(schema: z.ZodType, valid: unknown, rounds: number): { accepted: number; refused: number } {
  const accepts = compileAcceptor(schema);
  const tally = { accepted: 0, refused: 0 };
  for (let round = 0; round < rounds; round++) {
    let value = valid;
    for (let changes = 1 + Math.floor(random() * 3); changes > 0; changes--) value = mutate(value);
    const zod = schema.safeParse(value).success;
    if (accepts(value) !== zod) throw new Error(`zod says ${zod} where the compiled check does not, for ${JSON.stringify(value)}`);
    tally[zod ? "accepted" : "refused"]++;
  }
  return tally;
}

describe("the compiled contract check", () => {
  it("accepts the fixture, as zod does", () => {
    expect(compileAcceptor(placeReportCollection)(fixture)).toBe(true);
    expect(placeReportCollection.safeParse(fixture).success).toBe(true);
  });

  it("answers as zod does on a place report changed at random places", () => {
    const tally = agreeOnMutations(placeReportFeature, fixture.features[0], 4000);
    // Both kinds of answer occur often enough for the agreement to mean something.
    expect(tally.accepted).toBeGreaterThan(400);
    expect(tally.refused).toBeGreaterThan(1500);
  });

  it("answers as zod does on a collection changed at random places", () => {
    const small = { ...fixture, features: fixture.features.slice(0, 3), unresolved: [{ source_path: "a.md", mention: "X", sentence: "X." }] };
    const tally = agreeOnMutations(placeReportCollection, small, 3000);
    expect(tally.accepted).toBeGreaterThan(300);
    expect(tally.refused).toBeGreaterThan(1000);
  });

  it("refuses a schema JSON Schema cannot express, instead of checking less", () => {
    expect(() => compileAcceptor(z.object({ day: z.date() }))).toThrow();
  });
});
