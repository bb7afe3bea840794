import { get, set } from "idb-keyval";
import type { Correction } from "../contract/corrections";
import { correctionSchema } from "../contract/corrections";
import type { IncursionStore } from "../store/store";

/**
 * Keeps each dataset's decisions in the browser (IndexedDB), so an editor's work survives a
 * reload. Keyed by where the dataset came from; what is read back is checked entry by entry.
 */
export const datasetKey = (dataUrl: string | null, datasetName: string | null) => `corrections:${dataUrl ?? datasetName ?? "sample corpus"}`;

export function persistCorrections(store: IncursionStore): () => void {
  let loadedFor: string | null = null;
  const unsubscribeDataset = store.subscribe(
    (s) => datasetKey(s.dataUrl, s.datasetName),
    (key) => {
      loadedFor = null;
      void restore(store, key).then(() => {
        if (datasetKey(store.getState().dataUrl, store.getState().datasetName) !== key) return;
        loadedFor = key;
        save(store, key, store.getState().corrections);
      });
    },
    { fireImmediately: store.getState().datasetName !== null },
  );
  const unsubscribeCorrections = store.subscribe(
    (s) => s.corrections,
    (corrections) => {
      const key = datasetKey(store.getState().dataUrl, store.getState().datasetName);
      // Nothing is written for a dataset before its own decisions were read back.
      if (loadedFor === key) save(store, key, corrections);
    },
  );
  return () => {
    unsubscribeDataset();
    unsubscribeCorrections();
  };
}

function save(store: IncursionStore, key: string, corrections: readonly Correction[]): void {
  set(key, corrections).catch((error: unknown) => store.getState().setNotice(`Could not keep the corrections in this browser: ${String(error)}`));
}

async function restore(store: IncursionStore, key: string): Promise<void> {
  let stored: unknown;
  try {
    stored = await get(key);
  } catch {
    return; // no IndexedDB (private mode): decisions last as long as the page
  }
  if (!Array.isArray(stored)) return;
  const corrections: Correction[] = stored.flatMap((raw) => {
    const parsed = correctionSchema.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
  if (datasetKey(store.getState().dataUrl, store.getState().datasetName) !== key) return;
  // Decisions made before the stored ones were read (a file from the link) come after them.
  const ids = new Set(corrections.map((c) => c.id));
  store.getState().setCorrections([...corrections, ...store.getState().corrections.filter((c) => !ids.has(c.id))]);
}
