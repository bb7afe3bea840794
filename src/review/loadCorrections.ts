import { CorrectionsFileError, parseCorrections } from "../corrections/parseCorrections";
import type { IncursionStore } from "../store/store";

/**
 * Adds the decisions of a corrections file to the current dataset's. A file that cannot be
 * used changes nothing and says why; bad entries are named and the good ones still apply.
 */
export function addCorrectionsText(store: IncursionStore, text: string, where: string): void {
  try {
    const { corrections, problems } = parseCorrections(text, where);
    const current = store.getState().corrections;
    const ids = new Set(current.map((c) => c.id));
    store.getState().setCorrections([...current, ...corrections.filter((c) => !ids.has(c.id))]);
    if (problems.length > 0) store.getState().setNotice(`${problems.length} corrections skipped: ${problems.slice(0, 3).join("; ")}`);
  } catch (error) {
    store.getState().setNotice(error instanceof CorrectionsFileError ? error.message : `${where}: ${String(error)}`);
  }
}

export async function fetchCorrections(store: IncursionStore, url: string): Promise<void> {
  try {
    const response = await fetch(new URL(url, document.baseURI).href);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    addCorrectionsText(store, await response.text(), url);
  } catch (error) {
    store.getState().setNotice(`${url}: could not load the corrections file (${error instanceof Error ? error.message : String(error)})`);
  }
}
