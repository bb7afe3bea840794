import type { Campaign } from "../contract/campaign";
import type { ClaimantKind, PlaceReport } from "../contract/placeReport";
import { NO_CAMPAIGN_COLOUR } from "../map/featureState";
import { claimFilterLine } from "../claims/claimWords";
import { httpUrl } from "../data/safeUrl";

/** The words around a snapshot, which the journalist edits before exporting. */
export interface ExportText {
  title: string;
  subtitle: string;
  byline: string;
  notes: string;
  sourceLine: string;
}

/** What every export needs from the app, whatever the store calls it. */
export interface SnapshotInput {
  /** Edited words; anything left empty falls back to defaultExportText. */
  text?: Partial<ExportText>;
  /** Campaign colours as the map's style draws them ("" for outside any campaign), so the legend matches. */
  mapColours?: ReadonlyMap<string, string>;
  timeWindow: { from: string; to: string };
  campaigns: readonly Campaign[];
  visibleReports: readonly PlaceReport[];
  /** Attribution strings of the map's sources (may contain HTML from the style; reduced to text). */
  mapCredits: readonly string[];
  /** The claims filter: the kinds of claimant whose reports are shown; null or absent for every report. */
  claimKinds?: readonly ClaimantKind[] | null;
  /** Reports outside every campaign are drawn faint on the map, and the legend says so. */
  fadedOutside?: boolean;
}

interface LegendEntry {
  campaignId: string | null;
  label: string;
  colour: string;
  reportCount: number;
}

export interface SnapshotSource {
  sourceId: string;
  outlet: string | null;
  title: string | null;
  /** Only http(s) URLs survive; anything else is dropped rather than printed as a link. */
  url: string | null;
  published: string | null;
}

export interface Snapshot {
  title: string;
  subtitle: string;
  byline: string;
  notes: string;
  sourceLine: string;
  timeWindow: { from: string; to: string };
  dateWindowLabel: string;
  legend: LegendEntry[];
  /** Under the legend while the claims filter is on: "Claims by … only". Not editable, so no edit can hide it. */
  claimsLine: string | null;
  reports: readonly PlaceReport[];
  sources: SnapshotSource[];
  attribution: string[];
}

/** Reports outside every campaign: the map's own grey. */
export const UNASSIGNED_COLOUR = NO_CAMPAIGN_COLOUR;
const DEFAULT_TITLE = "Cross-border incursions into Russia";
// Place names and coordinates always come from the gazetteer, whatever basemap is on.
export const GAZETTEER_CREDIT = "Places: GeoNames (CC BY 4.0)";

/**
 * What a snapshot says before anyone edits it: the campaign's name when the window is
 * exactly one campaign, the dates as subtitle, and a source line counting the articles.
 */
export function defaultExportText(input: { timeWindow: { from: string; to: string }; campaigns: readonly Campaign[]; sourceCount: number }): ExportText {
  const { from, to } = input.timeWindow;
  const campaign = input.campaigns.find((c) => c.start === from && c.end === to);
  return {
    title: campaign?.name ?? DEFAULT_TITLE,
    subtitle: `Places named in news reports, ${formatDateWindow(from, to)}`,
    byline: "",
    notes: "",
    sourceLine: `Source: ${input.sourceCount} news ${input.sourceCount === 1 ? "article" : "articles"}, places found by geoparsing (listed below)`,
  };
}

export function buildSnapshot(input: SnapshotInput): Snapshot {
  const sources = sourceList(input.visibleReports);
  const defaults = defaultExportText({ timeWindow: input.timeWindow, campaigns: input.campaigns, sourceCount: sources.length });
  const text = (key: keyof ExportText) => input.text?.[key]?.trim() || defaults[key];
  return {
    title: text("title"),
    // A subtitle, byline or note the journalist cleared stays cleared.
    subtitle: input.text?.subtitle !== undefined ? input.text.subtitle.trim() : defaults.subtitle,
    byline: input.text?.byline?.trim() ?? "",
    notes: input.text?.notes?.trim() ?? "",
    sourceLine: text("sourceLine"),
    timeWindow: { ...input.timeWindow },
    dateWindowLabel: formatDateWindow(input.timeWindow.from, input.timeWindow.to),
    legend: legendEntries(input.visibleReports, input.campaigns, input.mapColours, input.fadedOutside ?? false),
    claimsLine: claimFilterLine(input.claimKinds ?? null),
    reports: input.visibleReports,
    sources,
    attribution: attributionLines(input.mapCredits),
  };
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Locale-independent so a snapshot reads the same on every machine: "22 May 2023". */
export function formatIsoDay(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  const name = MONTHS[(month ?? 0) - 1];
  if (!year || !name || !day) return iso;
  return `${day} ${name} ${year}`;
}

export function formatDateWindow(from: string, to: string): string {
  return from === to ? formatIsoDay(from) : `${formatIsoDay(from)} – ${formatIsoDay(to)}`;
}

/** Campaigns in the order of the campaign list, then unassigned reports; empty campaigns left out. */
function legendEntries(reports: readonly PlaceReport[], campaigns: readonly Campaign[], mapColours: ReadonlyMap<string, string> | undefined, fadedOutside: boolean): LegendEntry[] {
  const counts = new Map<string | null, number>();
  for (const { properties } of reports) counts.set(properties.campaign, (counts.get(properties.campaign) ?? 0) + 1);
  const known = campaigns
    .filter((c) => counts.has(c.id))
    .map((c) => ({ campaignId: c.id, label: c.name, colour: mapColours?.get(c.id) ?? c.colour, reportCount: counts.get(c.id) ?? 0 }));
  const knownIds = new Set(known.map((e) => e.campaignId));
  const unassigned = [...counts].filter(([id]) => id === null || !knownIds.has(id)).reduce((sum, [, n]) => sum + n, 0);
  return unassigned > 0
    ? [...known, { campaignId: null, label: fadedOutside ? "Outside any campaign (faded)" : "Outside any campaign", colour: mapColours?.get("") ?? UNASSIGNED_COLOUR, reportCount: unassigned }]
    : known;
}

/** One entry per article, newest first, so a printed snapshot cites what it shows. */
function sourceList(reports: readonly PlaceReport[]): SnapshotSource[] {
  const byId = new Map<string, SnapshotSource>();
  for (const { properties: p } of reports) {
    if (byId.has(p.source_id)) continue;
    byId.set(p.source_id, {
      sourceId: p.source_id,
      outlet: p.source_outlet,
      title: p.source_title,
      url: httpUrl(p.source_url),
      published: p.source_published,
    });
  }
  return [...byId.values()].sort(
    (a, b) => (b.published ?? "").localeCompare(a.published ?? "") || a.sourceId.localeCompare(b.sourceId),
  );
}

function attributionLines(mapCredits: readonly string[]): string[] {
  const lines = [GAZETTEER_CREDIT, ...mapCredits.map(plainText).filter((line) => line.length > 0)];
  return [...new Set(lines)];
}

/** Style attributions are often HTML links; a snapshot prints text only. */
function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&copy;/g, "©")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}
