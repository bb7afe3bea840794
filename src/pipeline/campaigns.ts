import type { Campaign } from "../contract/campaign";
import type { GazetteerEntry } from "../gazetteer/types";

/**
 * The campaign an event report belongs to: its date falls in the campaign's window
 * and the place lies in one of the campaign's regions. Fighting elsewhere in the
 * same weeks (Pokrovsk in August 2024) is not the Kursk offensive.
 */
export function campaignFor(entry: Pick<GazetteerEntry, "kind" | "name" | "admin1">, dayIso: string | null, campaigns: readonly Campaign[]): string | null {
  if (!dayIso || entry.kind === "country") return null;
  const region = entry.kind === "region" ? entry.name : entry.admin1;
  const match = campaigns.find(
    (c) => c.start <= dayIso && dayIso <= c.end && (c.regions.length === 0 || (region !== null && c.regions.includes(region))),
  );
  return match?.id ?? null;
}
