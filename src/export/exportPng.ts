import { recordExportLayout } from "../testHook/testHook";
import { downloadBlob, exportFilename } from "./download";
import { canvasMeasure, drawSnapshot } from "./drawSnapshot";
import type { MapImage } from "../map/mapImage";
import { buildSnapshot, type SnapshotInput } from "./snapshot";
import { layoutSnapshot } from "./snapshotLayout";
import type { Snapshot } from "./snapshot";
import type { MeasureText } from "./wrapText";

export type PngSize = "screen" | "print" | "social" | "square";

/**
 * Fixed-size cards: the whole image is this size, the map framed around the same centre at
 * the same zoom and the words below it set for an 800 px wide card scaled up.
 */
export const CARD_SIZES: Partial<Record<PngSize, { width: number; height: number }>> = {
  social: { width: 1200, height: 675 },
  square: { width: 1080, height: 1080 },
};
const CARD_TYPE_WIDTH = 800;
const CARD_SOURCES = 3;
/** Below this share of a card the map would be a strip: the words must be shortened instead. */
const CARD_MIN_MAP_SHARE = 0.4;

/** What the PNG export asks of the map's owner (IncursionMap); it never holds the map itself. */
export interface ExportableMap {
  renderImage(widthPx: (cssWidth: number) => number, heightPx?: (pixelRatio: number) => number): Promise<MapImage>;
  credits(): string[];
  /** Campaign colours as the map draws them, for a legend that matches ("" for outside any campaign). */
  drawnLegend?(): { colours: { id: string; colour: string }[] };
}

/** Print snapshots are at least this wide: about 25 cm at 300 dpi. */
const PRINT_WIDTH_PX = 3000;

export interface PngResult {
  blob: Blob;
  filename: string;
  width: number;
  height: number;
}

function targetWidthPx(size: PngSize, mapCssWidth: number): number {
  return size === "print" ? Math.max(PRINT_WIDTH_PX, mapCssWidth) : mapCssWidth;
}

/** Renders, composes and downloads one snapshot; resolves with what was written. */
export async function exportPng(
  owner: ExportableMap,
  input: Omit<SnapshotInput, "mapCredits">,
  size: PngSize,
): Promise<PngResult> {
  const snapshot = buildSnapshot({ ...input, mapCredits: owner.credits() });
  const canvas = document.createElement("canvas");
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("PNG export: no 2D canvas available");
  const measure = canvasMeasure(ctx);
  const card = CARD_SIZES[size];
  const cardText = card ? { typeScale: card.width / CARD_TYPE_WIDTH, maxPrintedSources: CARD_SOURCES } : {};
  const rendered = card
    ? await owner.renderImage(() => card.width, (pixelRatio) => cardMapHeight(snapshot, card, { pixelRatio, typeScale: card.width / CARD_TYPE_WIDTH, maxPrintedSources: CARD_SOURCES }, measure))
    : await owner.renderImage((cssWidth) => targetWidthPx(size, cssWidth));
  const layout = layoutSnapshot(
    snapshot,
    { mapWidthPx: rendered.widthPx, mapHeightPx: rendered.heightPx, pixelRatio: rendered.pixelRatio, zoom: rendered.zoom, centreLat: rendered.centreLat, ...cardText },
    measure,
  );
  recordExportLayout(layout);
  canvas.width = layout.width;
  canvas.height = layout.height;
  drawSnapshot(ctx, layout, rendered.image);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG export: the canvas could not be encoded"))), "image/png"),
  );
  const filename = exportFilename(input.timeWindow, "png", size === "screen" ? "" : `_${size}`);
  downloadBlob(blob, filename);
  return { blob, filename, width: layout.width, height: layout.height };
}

/** The map's height on a card: what the words, legend and sources below it leave. */
export function cardMapHeight(
  snapshot: Snapshot,
  card: { width: number; height: number },
  text: { pixelRatio: number; typeScale: number; maxPrintedSources: number },
  measure: MeasureText,
): number {
  const words = layoutSnapshot(snapshot, { mapWidthPx: card.width, mapHeightPx: 0, zoom: 5, centreLat: 50, ...text }, measure).height;
  const mapHeight = card.height - words;
  if (mapHeight < card.height * CARD_MIN_MAP_SHARE) {
    throw new Error(`the words, legend and sources need ${words} of the card's ${card.height} px; shorten the notes or export for screen or print`);
  }
  return mapHeight;
}
