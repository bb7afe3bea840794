import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Correction } from "../../src/contract/corrections";
import { parsePlaceReportDataset } from "../../src/data/checkDataset";
import { loadCorrectionsApplier } from "../../src/data/correctedDataset";
import { datasetKey, persistCorrections, type DecisionStorage } from "../../src/review/persistCorrections";
import { initialDomain, initialView, useIncursionStore } from "../../src/store/store";

const fixture = JSON.parse(readFileSync(new URL("../fixtures/placeReports.small.geojson", import.meta.url), "utf8"));
const parsed = parsePlaceReportDataset(fixture, "fixture");
if (!parsed.ok) throw new Error(parsed.error);
const dataset = parsed.dataset;
const store = useIncursionStore;
const KEY = datasetKey(null, "fixture");

const reject = (id: string, name: string): Correction => ({ id, by: "editor", at: "2024-08-12T10:00:00Z", action: "reject_everywhere", name });

/**
 * A storage that answers on a later turn, recording every write; `hold` keeps the answers
 * back until `release` is called, one at a time.
 */
function slowStorage(stored: Record<string, unknown> = {}) {
  const held: (() => void)[] = [];
  const writes: unknown[] = [];
  let holding = false;
  let failing = false;
  const later = <T>(value: () => T) => new Promise<T>((resolve, reject) => {
    const answer = () => (failing ? reject(new Error("quota exceeded")) : resolve(value()));
    if (holding) held.push(answer);
    else setTimeout(answer, 0);
  });
  const storage: DecisionStorage = {
    get: (key) => later(() => stored[key]),
    set: (key, value) => later(() => {
      writes.push(value);
      stored[key] = value;
    }),
  };
  return {
    storage, stored, writes,
    hold: () => (holding = true),
    release: () => held.shift()?.(),
    fail: () => (failing = true),
  };
}

const keptIs = (kept: string) => vi.waitFor(() => expect(store.getState().correctionsKept).toBe(kept));

describe("the decisions kept in the browser", () => {
  let stop = () => {};
  beforeEach(() => store.setState({ ...initialDomain, ...initialView }));
  afterEach(() => stop());

  // First in the file: the decisions' core is not loaded yet, as on a fresh page.
  it("reads a dataset's decisions back before saying anything is kept, and never writes them away meanwhile", async () => {
    const { storage, writes } = slowStorage({ [KEY]: [reject("a", "Kozinka")] });
    stop = persistCorrections(store, storage);
    store.getState().loadDataset(dataset, { url: null, name: "fixture" });
    expect(store.getState().correctionsKept).toBe("reading");
    await keptIs("kept");
    expect(store.getState().corrections.map((c) => c.id)).toEqual(["a"]);
    expect(store.getState().placeReports.some((r) => r.properties.name === "Kozinka")).toBe(false);
    // Every write held the stored decision: there was no moment when a reload would lose it.
    expect(writes.length).toBeGreaterThan(0);
    for (const written of writes) expect((written as Correction[]).map((c) => c.id)).toContain("a");
  });

  it("says saving until the latest decision is written, not when an older write lands", async () => {
    await loadCorrectionsApplier();
    const { storage, stored, hold, release } = slowStorage();
    stop = persistCorrections(store, storage);
    store.getState().loadDataset(dataset, { url: null, name: "fixture" });
    await keptIs("kept");
    hold();
    store.getState().addCorrection(reject("a", "Kozinka"));
    store.getState().addCorrection(reject("b", "Gora-Podol"));
    expect(store.getState().correctionsKept).toBe("saving");
    release(); // the first write lands; the second is still on its way
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(store.getState().correctionsKept).toBe("saving");
    release();
    await keptIs("kept");
    expect((stored[KEY] as Correction[]).map((c) => c.id)).toEqual(["a", "b"]);
  });

  it("says the decisions last only while the page is open when the browser refuses to keep them", async () => {
    await loadCorrectionsApplier();
    const { storage, fail } = slowStorage();
    stop = persistCorrections(store, storage);
    store.getState().loadDataset(dataset, { url: null, name: "fixture" });
    await keptIs("kept");
    fail();
    store.getState().addCorrection(reject("a", "Kozinka"));
    await keptIs("page only");
    expect(store.getState().notice).toMatch(/Could not keep the corrections in this browser: .*quota exceeded/);
    expect(store.getState().corrections.map((c) => c.id)).toEqual(["a"]);
  });

  it("reads the sample corpus's decisions back whether it loads before or after the keeping starts", async () => {
    await loadCorrectionsApplier();
    const { storage } = slowStorage({ [datasetKey(null, "sample corpus")]: [reject("a", "Kozinka")] });
    stop = persistCorrections(store, storage);
    store.getState().loadDataset(dataset, { url: null, name: "sample corpus" });
    await keptIs("kept");
    expect(store.getState().corrections.map((c) => c.id)).toEqual(["a"]);
    stop();
    store.setState({ ...initialDomain, ...initialView });
    store.getState().loadDataset(dataset, { url: null, name: "sample corpus" });
    store.setState({ correctionsKept: "reading" });
    stop = persistCorrections(store, storage);
    await keptIs("kept");
    expect(store.getState().corrections.map((c) => c.id)).toEqual(["a"]);
  });
});
