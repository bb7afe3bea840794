import campaignsJson from "../../data/campaigns.json";
import { openDatasetUrl, openKeptDataset } from "../data/openDataset";
import type { IncursionStore } from "../store/store";
import { applyUrlState, syncUrl } from "../url/syncUrl";
import { parseUrlState } from "../url/urlState";

/** Start-up order matters: URL state first, then data, then URL syncing (so loading is not a history entry). */
export async function bootstrap(store: IncursionStore): Promise<void> {
  // The schemas load beside the first dataset's download rather than with the page.
  const [{ campaignListSchema }, { parseOrThrow }] = await Promise.all([import("../contract/campaign"), import("../contract/schemaProblem")]);
  store.getState().setCampaigns(parseOrThrow(campaignListSchema, campaignsJson, "data/campaigns.json"));
  const url = parseUrlState(window.location.search);
  applyUrlState(store, url);
  // Editors' decisions kept in the browser: read in their own chunk, not on the first load.
  void import("../review/persistCorrections").then(({ persistCorrections }) => persistCorrections(store));
  // A link naming a dataset wins; else the file opened on the last visit; else the sample.
  if (url.data || !(await openKeptDataset(store))) await openDatasetUrl(store, url.data ?? null);
  if (url.corrections) {
    store.setState({ correctionsUrl: url.corrections });
    const { fetchCorrections } = await import("../review/loadCorrections");
    await fetchCorrections(store, url.corrections);
  }
  syncUrl(store, (dataUrl) => void openDatasetUrl(store, dataUrl));
}
