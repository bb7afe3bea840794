import { del, get, set } from "idb-keyval";

/**
 * The dataset a reader opened from a file, kept in the browser (IndexedDB) so the map comes
 * back with it after a reload. One at a time: opening another replaces it, going back to
 * the sample forgets it. A link with `?data=` always wins over it.
 */
const KEY = "dataset:opened";

export interface KeptDataset {
  name: string;
  bytes: ArrayBuffer;
}

export async function keepOpenedDataset(dataset: KeptDataset): Promise<void> {
  try {
    await set(KEY, dataset);
  } catch (error) {
    // Private windows and full disks refuse; the map works on without keeping it.
    console.warn(`dataset: could not keep ${dataset.name} for the next visit (${String(error)})`);
  }
}

export async function keptDataset(): Promise<KeptDataset | null> {
  try {
    const kept: unknown = await get(KEY);
    if (kept && typeof kept === "object" && "name" in kept && "bytes" in kept && kept.bytes instanceof ArrayBuffer && typeof kept.name === "string") {
      return { name: kept.name, bytes: kept.bytes };
    }
  } catch (error) {
    console.warn(`dataset: could not read the kept dataset (${String(error)})`);
  }
  return null;
}

export async function forgetOpenedDataset(): Promise<void> {
  try {
    await del(KEY);
  } catch {
    // Nothing kept, nothing to forget.
  }
}
