import campaignsJson from "../../data/campaigns.json";
import { campaignListSchema } from "../contract/campaign";
import { openDatasetUrl } from "../data/openDataset";
import type { IncursionStore } from "../store/store";
import { applyUrlState, syncUrl } from "../url/syncUrl";
import { parseUrlState } from "../url/urlState";

/** Start-up order matters: URL state first, then data, then URL syncing (so loading is not a history entry). */
export async function bootstrap(store: IncursionStore): Promise<void> {
  store.getState().setCampaigns(campaignListSchema.parse(campaignsJson));
  const url = parseUrlState(window.location.search);
  applyUrlState(store, url);
  // Editors' decisions are read from IndexedDB by their own chunk, so readers' first load carries
  // neither it nor the corrections parser; a dataset already open when it arrives is caught up.
  void import("../review/persistCorrections").then(({ persistCorrections }) => persistCorrections(store));
  await openDatasetUrl(store, url.data ?? null);
  if (url.corrections) {
    store.setState({ correctionsUrl: url.corrections });
    const { fetchCorrections } = await import("../review/loadCorrections");
    await fetchCorrections(store, url.corrections);
  }
  syncUrl(store, (dataUrl) => void openDatasetUrl(store, dataUrl));
}
