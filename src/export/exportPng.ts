import { recordExportLayout } from "../testHook/testHook";
import { downloadBlob, exportFilename } from "./download";
import { canvasMeasure, drawSnapshot } from "./drawSnapshot";
import type { MapImage } from "../map/mapImage";
import { buildSnapshot, type SnapshotInput } from "./snapshot";
import { layoutSnapshot } from "./snapshotLayout";

export type PngSize = "screen" | "print";

/** What the PNG export asks of the map's owner (IncursionMap); it never holds the map itself. */
export interface ExportableMap {
  renderImage(widthPx: (cssWidth: number) => number): Promise<MapImage>;
  credits(): string[];
  /** Campaign colours as the map draws them, for a legend that matches ("" for outside any campaign). */
  drawnLegend?(): { colours: { id: string; colour: string }[] };
}

/** Print snapshots are at least this wide: about 25 cm at 300 dpi. */
export const PRINT_WIDTH_PX = 3000;

export interface PngResult {
  blob: Blob;
  filename: string;
  width: number;
  height: number;
}

export function targetWidthPx(size: PngSize, mapCssWidth: number): number {
  return size === "print" ? Math.max(PRINT_WIDTH_PX, mapCssWidth) : mapCssWidth;
}

/** Renders, composes and downloads one snapshot; resolves with what was written. */
export async function exportPng(
  owner: ExportableMap,
  input: Omit<SnapshotInput, "mapCredits">,
  size: PngSize,
): Promise<PngResult> {
  const rendered = await owner.renderImage((cssWidth) => targetWidthPx(size, cssWidth));
  const mapCredits = owner.credits();
  const snapshot = buildSnapshot({ ...input, mapCredits });
  const canvas = document.createElement("canvas");
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("PNG export: no 2D canvas available");
  const layout = layoutSnapshot(
    snapshot,
    { mapWidthPx: rendered.widthPx, mapHeightPx: rendered.heightPx, pixelRatio: rendered.pixelRatio, zoom: rendered.zoom, centreLat: rendered.centreLat },
    canvasMeasure(ctx),
  );
  recordExportLayout(layout);
  canvas.width = layout.width;
  canvas.height = layout.height;
  drawSnapshot(ctx, layout, rendered.image);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG export: the canvas could not be encoded"))), "image/png"),
  );
  const filename = exportFilename(input.timeWindow, "png", size === "print" ? "_print" : "");
  downloadBlob(blob, filename);
  return { blob, filename, width: layout.width, height: layout.height };
}
