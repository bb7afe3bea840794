import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli, runBuiltCli } from "./builtCli";
import { sentenceFingerprint } from "../../src/corrections/anchor";

const review = (...args: string[]) => runBuiltCli("review", ...args);

beforeAll(buildCli, 60_000);

// Raw output with the default gazetteer: Zarechnaya Lozovka unresolved, Sudzha (event, 2024-08-10),
// Tëtkino (event, 2024-08-11) and Kursk (mention) reported.
const ZARECHNAYA = "Ukrainian troops captured the village of Zarechnaya Lozovka on Friday, the Defence Ministry said.";
const SUDZHA = "Drones struck Sudzha on Saturday.";
const TYOTKINO = "Shelling hit Tyotkino on Sunday.";
const KURSK = "Officials in Kursk said the city was calm.";
const ONE = `---\ntitle: Raid on the border\noutlet: Test Wire\npublished: 2024-08-10\n---\n${ZARECHNAYA} ${SUDZHA}\n`;
const TWO = `---\ntitle: Fighting goes on\noutlet: Other Daily\npublished: 2024-08-12\n---\n${TYOTKINO} ${KURSK}\n`;

const entry = (fields: Record<string, unknown>) => ({ by: "desk", at: "2024-08-13T10:00:00Z", ...fields });
const anchor = (source_id: string, mention: string, sentence: string) => ({ source_id, mention, sentence: sentenceFingerprint(sentence) });
const file = (corrections: unknown[]) => JSON.stringify({ type: "IncursionMapCorrections", version: 1, corrections });

const decisions = [
  // Found by editors, missed by the parser: recall 2/3 with Sudzha and Tëtkino.
  entry({ id: "p1", action: "place", name: "Zarechnaya Lozovka", anchor: anchor("one", "Zarechnaya Lozovka", ZARECHNAYA), target: { name: "Zarechnaya Lozovka", kind: "settlement", point: [35.25, 51.22] } }),
  // Right place, role and date.
  entry({ id: "c1", action: "confirm", anchor: anchor("one", "Sudzha", SUDZHA) }),
  // Right place; a role flip (the parser said event) and a date three days off.
  entry({ id: "r1", action: "role", role: "mention", anchor: anchor("two", "Tyotkino", TYOTKINO) }),
  entry({ id: "d1", action: "date", date_start: "2024-08-08", date_end: "2024-08-08", time_precision: "day", anchor: anchor("two", "Tyotkino", TYOTKINO) }),
  // Not a place here: precision 2/3.
  entry({ id: "x1", action: "reject", anchor: anchor("two", "Kursk", KURSK) }),
  // Not scored: a name the article no longer has, and an article not in the run.
  entry({ id: "s1", action: "confirm", anchor: anchor("one", "Kursk", "Drones struck Kursk on Sunday.") }),
  entry({ id: "e1", action: "confirm", anchor: anchor("three", "Sudzha", SUDZHA) }),
];

describe("npm run review: the raw parser scored against the editors' decisions", () => {
  const dir = mkdtempSync(join(tmpdir(), "review-"));
  const articles = join(dir, "articles");
  const decisionsFile = join(dir, "decisions.json");

  beforeAll(() => {
    mkdirSync(articles);
    writeFileSync(join(articles, "one.md"), ONE);
    writeFileSync(join(articles, "two.md"), TWO);
    writeFileSync(decisionsFile, file(decisions));
  });

  it("prints each measure as a percentage with its counts, and names the decision that matched nothing", () => {
    const run = review(decisionsFile, articles);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^place recall +66\.7% \(2\/3\)$/m);
    expect(run.stdout).toMatch(/^place precision +66\.7% \(2\/3\)$/m);
    expect(run.stdout).toMatch(/^role accuracy +50\.0% \(1\/2\)$/m);
    expect(run.stdout).toMatch(/^event-date accuracy \(within 1 day\) +50\.0% \(1\/2\)$/m);
    expect(run.stdout).toMatch(/7 decisions on 2 articles: 5 found in the raw output; not scored: 1 matched nothing, 1 about articles not in this run/);
    expect(run.stderr).toMatch(/decisions\.json: s1 \(confirm "Kursk" in one\): matches nothing/);
  });

  it("prints the same scores as JSON with --json, reading the decisions from a folder of corrections files", () => {
    const folder = join(dir, "decisions");
    mkdirSync(folder);
    writeFileSync(join(folder, "a.json"), file(decisions.slice(0, 3)));
    writeFileSync(join(folder, "b.json"), file(decisions.slice(3)));
    const run = review(articles, folder, "--json");
    expect(run.status).toBe(0);
    const score = JSON.parse(run.stdout);
    expect(score).toMatchObject({
      articles: 2,
      placeRecall: { right: 2, of: 3 },
      placePrecision: { right: 2, of: 3 },
      roleAccuracy: { right: 1, of: 2 },
      dateAccuracy: { right: 1, of: 2 },
      decisions: { total: 7, matched: 5, unmatched: ["s1"], elsewhere: ["e1"], aboutNames: 0 },
    });
  });

  it("refuses a corrections file that is not JSON, and a run without one, with exit status 2", () => {
    writeFileSync(join(dir, "broken.json"), "{ not json");
    const broken = review(join(dir, "broken.json"), articles);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/broken\.json: not valid JSON/);
    expect(broken.stdout).toBe("");
    const none = review(articles);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/no corrections file given/);
  });
});
