import type { PlaceReport } from "../contract/placeReport";
import { downloadBlob } from "../export/download";
import { canvasMeasure, drawSnapshot } from "../export/drawSnapshot";
import type { ExportableMap, PngResult } from "../export/exportPng";
import { GAZETTEER_CREDIT } from "../export/snapshot";
import { recordExportLayout } from "../testHook/testHook";
import { layoutCompare, type CompareSnapshot } from "./compareLayout";
import type { ComparePanelModel } from "./compareModel";
import { statsRows } from "./statsRows";

/** The comparison's words: both labels in the title, each side's numbers, the sources of both, and whose claims they count. */
function compareSnapshot(panels: readonly [ComparePanelModel, ComparePanelModel], credits: readonly string[], claimsLine: string | null): CompareSnapshot {
  const sources = new Set(panels.flatMap((p) => p.reports.map((r: PlaceReport) => r.properties.source_id))).size;
  return {
    title: `${panels[0].label} vs ${panels[1].label}`,
    sides: [side(panels[0]), side(panels[1])],
    sourceLine: `Source: ${sources} news article${sources === 1 ? "" : "s"}, places found by geoparsing${claimsLine ? `. ${claimsLine}` : ""}`,
    attribution: [GAZETTEER_CREDIT, ...new Set(credits)],
  };
}

function side(panel: ComparePanelModel) {
  return { label: panel.label, colour: panel.colour, rows: panel.error ? [{ id: "events" as const, label: "Not compared", value: panel.error }] : statsRows(panel.stats) };
}

/** Renders both maps as they are on screen, one after the other, and downloads them side by side as one PNG. */
export async function exportComparePng(
  maps: readonly [ExportableMap, ExportableMap],
  panels: readonly [ComparePanelModel, ComparePanelModel],
  claimsLine: string | null,
): Promise<PngResult> {
  const first = await maps[0].renderImage((cssWidth) => cssWidth);
  const second = await maps[1].renderImage(() => first.widthPx);
  const snapshot = compareSnapshot(panels, [...maps[0].credits(), ...maps[1].credits()], claimsLine);
  const canvas = document.createElement("canvas");
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("PNG export: no 2D canvas available");
  const height = Math.min(first.heightPx, second.heightPx);
  const layout = layoutCompare(snapshot, { mapWidthPx: first.widthPx, mapHeightPx: height, pixelRatio: first.pixelRatio }, canvasMeasure(ctx));
  recordExportLayout(layout);
  canvas.width = layout.width;
  canvas.height = layout.height;
  drawSnapshot(ctx, layout, [first.image, second.image]);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG export: the canvas could not be encoded"))), "image/png"),
  );
  const filename = `compare_${fileWord(panels[0].key)}_${fileWord(panels[1].key)}.png`;
  downloadBlob(blob, filename);
  return { blob, filename, width: layout.width, height: layout.height };
}

/** A side's key ("belgorod-2023", "2024-08-06..2024-08-20") as a safe part of a file name. */
function fileWord(key: string): string {
  return key.replace(/\.\./g, "_").replace(/[^\w-]+/g, "-").slice(0, 40);
}
