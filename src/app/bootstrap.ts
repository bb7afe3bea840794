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
  await openDatasetUrl(store, url.data ?? null);
  syncUrl(store, (dataUrl) => void openDatasetUrl(store, dataUrl));
}
