import { get, set } from "idb-keyval";
import type { Correction } from "../contract/corrections";
import { correctionSchema } from "../contract/corrections";
import { loadCorrectionsApplier } from "../data/correctedDataset";
import type { IncursionStore } from "../store/store";

/** Where the decisions are kept: IndexedDB in the page, a map in tests. */
export interface DecisionStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

const indexedDb: DecisionStorage = { get, set };

export const datasetKey = (dataUrl: string | null, datasetName: string | null) => `corrections:${dataUrl ?? datasetName ?? "sample corpus"}`;

/** The key of the dataset on screen now. */
const currentKey = (store: IncursionStore) => datasetKey(store.getState().dataUrl, store.getState().datasetName);

/**
 * Keeps each dataset's decisions in the browser (IndexedDB), so an editor's work survives a
 * reload. Keyed by where the dataset came from; what is read back is checked entry by entry.
 * The store's `correctionsKept` says where the decisions stand, for the editor to see.
 */
export function persistCorrections(store: IncursionStore, storage: DecisionStorage = indexedDb): () => void {
  let loadedFor: string | null = null;
  const unsubscribeDataset = store.subscribe(
    // No key before a dataset is loaded: the sample's key would otherwise never change on loading it.
    (s) => (s.dataUrl === null && s.datasetName === null ? null : datasetKey(s.dataUrl, s.datasetName)),
    (key) => {
      if (key === null) return;
      loadedFor = null;
      store.getState().setCorrectionsKept("reading");
      void restore(store, storage, key).then(() => {
        if (currentKey(store) !== key) return;
        loadedFor = key;
        save(store, storage, key, store.getState().corrections);
      });
    },
    { fireImmediately: true },
  );
  const unsubscribeCorrections = store.subscribe(
    (s) => s.corrections,
    (corrections) => {
      // Nothing is written for a dataset before its own decisions were read back.
      if (loadedFor === currentKey(store)) save(store, storage, loadedFor, corrections);
    },
  );
  return () => {
    unsubscribeDataset();
    unsubscribeCorrections();
  };
}

function save(store: IncursionStore, storage: DecisionStorage, key: string, corrections: readonly Correction[]): void {
  store.getState().setCorrectionsKept("saving");
  // Only the latest write for the dataset on screen may say the decisions are kept.
  const latest = () => store.getState().corrections === corrections && currentKey(store) === key;
  storage.set(key, corrections).then(
    () => {
      if (latest()) store.getState().setCorrectionsKept("kept");
    },
    (error: unknown) => {
      store.getState().setCorrectionsKept("page only");
      store.getState().setNotice(`Could not keep the corrections in this browser: ${String(error)}`);
    },
  );
}

async function restore(store: IncursionStore, storage: DecisionStorage, key: string): Promise<void> {
  let stored: unknown;
  try {
    stored = await storage.get(key);
  } catch {
    return; // no IndexedDB (private mode): decisions last as long as the page
  }
  if (!Array.isArray(stored)) return;
  const corrections: Correction[] = stored.flatMap((raw) => {
    const parsed = correctionSchema.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
  if (corrections.length === 0) return;
  // The decisions' core first, so the store applies them at once and the next write holds them.
  await loadCorrectionsApplier();
  if (currentKey(store) !== key) return;
  // Decisions made before the stored ones were read (a file from the link) come after them.
  const ids = new Set(corrections.map((c) => c.id));
  store.getState().setCorrections([...corrections, ...store.getState().corrections.filter((c) => !ids.has(c.id))]);
}
