import type { Snapshot, SnapshotSource } from "./snapshot";
import { formatIsoDay } from "./snapshot";
import { scaleBar } from "./scaleBar";
import { wrapText, type MeasureText } from "./wrapText";

export type DrawOp =
  /** A rendered map; `image` picks one of several (the comparison's two sides), else the only one. */
  | { op: "map"; x: number; y: number; width: number; height: number; image?: number }
  | { op: "rect"; x: number; y: number; width: number; height: number; fill: string }
  | { op: "line"; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number }
  | { op: "text"; text: string; x: number; y: number; font: string; fill: string };

export interface SnapshotFrame {
  /** Size of the rendered map image in output pixels. */
  mapWidthPx: number;
  mapHeightPx: number;
  /** Output pixels per CSS pixel; type and margins scale with it so print looks like screen. */
  pixelRatio: number;
  zoom: number;
  centreLat: number;
  /** Output pixels per CSS pixel of type and margins, when not the map's (a fixed-size card's own). */
  typeScale?: number;
  /** Sources listed by name before "… and N more" (fewer on a fixed-size card). */
  maxPrintedSources?: number;
}

export interface SnapshotLayout {
  width: number;
  height: number;
  ops: DrawOp[];
}

/** Beyond this a printed list stops helping; the CSV export carries every source. */
export const MAX_PRINTED_SOURCES = 40;
const INK = "#1a1a1a";
const MUTED = "#555555";
const PAPER = "#ffffff";

/**
 * Places everything that is burned into a snapshot: the map on top with the title card
 * (title and subtitle) and scale bar over it, then a footer with legend, claims line, notes,
 * source line, byline, sources and attribution. Pure: text is measured through `measure`,
 * so tests can lay out without a canvas.
 */
export function layoutSnapshot(snapshot: Snapshot, frame: SnapshotFrame, measure: MeasureText): SnapshotLayout {
  const u = frame.typeScale ?? frame.pixelRatio;
  const pad = 12 * u;
  const width = frame.mapWidthPx;
  const font = (px: number, bold = false) => `${bold ? "bold " : ""}${Math.round(px * u)}px sans-serif`;
  const ops: DrawOp[] = [{ op: "rect", x: 0, y: 0, width, height: 0, fill: PAPER }];
  ops.push({ op: "map", x: 0, y: 0, width, height: frame.mapHeightPx });

  // An opaque card: the title must read the same over any basemap.
  const titleFont = font(20, true);
  const dateFont = font(14);
  const cardTexts = [snapshot.title, snapshot.subtitle].filter(Boolean);
  const widest = Math.max(...cardTexts.map((t, i) => measure(t, i === 0 ? titleFont : dateFont)));
  const boxWidth = Math.min(width - 2 * pad, widest + 2 * pad);
  const titleLines = wrapText(snapshot.title, titleFont, boxWidth - 2 * pad, measure);
  const subtitleLines = snapshot.subtitle ? wrapText(snapshot.subtitle, dateFont, boxWidth - 2 * pad, measure) : [];
  const boxHeight = pad + titleLines.length * 26 * u + subtitleLines.length * 19 * u + pad;
  ops.push({ op: "rect", x: pad, y: pad, width: boxWidth, height: boxHeight, fill: PAPER });
  titleLines.forEach((text, i) => ops.push({ op: "text", text, x: 2 * pad, y: 2 * pad + (i + 0.8) * 26 * u, font: titleFont, fill: INK }));
  subtitleLines.forEach((text, i) => ops.push({ op: "text", text, x: 2 * pad, y: 2 * pad + titleLines.length * 26 * u + (i + 0.8) * 19 * u, font: dateFont, fill: INK }));

  const bar = scaleBar(frame.zoom, frame.centreLat, frame.pixelRatio, Math.min(150 * u, width / 3));
  const barY = frame.mapHeightPx - pad - 10 * u;
  ops.push({ op: "rect", x: pad, y: barY - 22 * u, width: bar.widthPx + 2 * pad, height: 30 * u, fill: "rgba(255,255,255,0.88)" });
  ops.push({ op: "line", x1: 2 * pad, y1: barY, x2: 2 * pad + bar.widthPx, y2: barY, stroke: INK, width: 3 * u });
  ops.push({ op: "text", text: bar.label, x: 2 * pad, y: barY - 7 * u, font: font(12), fill: INK });

  let y = frame.mapHeightPx + pad;
  y = layoutLegend(snapshot, ops, { x: pad, y, maxX: width - pad, u, font: font(13), measure });
  y += pad / 2;
  const paragraph = (text: string, textFont: string, lineHeight: number, fill = INK) => {
    for (const line of wrapText(text, textFont, width - 2 * pad, measure)) {
      ops.push({ op: "text", text: line, x: pad, y: y + lineHeight * 0.8, font: textFont, fill });
      y += lineHeight;
    }
  };
  if (snapshot.claimsLine) paragraph(snapshot.claimsLine, font(13, true), 18 * u);
  if (snapshot.notes) paragraph(snapshot.notes, font(13), 18 * u);
  paragraph(snapshot.sourceLine, font(12, true), 17 * u);
  if (snapshot.byline) paragraph(snapshot.byline, font(12), 17 * u, MUTED);
  y += pad / 2;
  ops.push({ op: "text", text: "Sources", x: pad, y: y + 14 * u, font: font(13, true), fill: INK });
  y += 22 * u;
  const sourceFont = font(12);
  const maxSources = frame.maxPrintedSources ?? MAX_PRINTED_SOURCES;
  const printed = snapshot.sources.slice(0, maxSources).map(describeSource);
  if (snapshot.sources.length > maxSources) {
    printed.push(`… and ${snapshot.sources.length - maxSources} more; the CSV export lists every source.`);
  }
  if (printed.length === 0) printed.push("No reports in this view.");
  for (const entry of printed) {
    for (const text of wrapText(entry, sourceFont, width - 2 * pad, measure)) {
      ops.push({ op: "text", text, x: pad, y: y + 13 * u, font: sourceFont, fill: INK });
      y += 17 * u;
    }
  }
  y += pad / 2;
  for (const text of wrapText(snapshot.attribution.join(" · "), font(11), width - 2 * pad, measure)) {
    ops.push({ op: "text", text, x: pad, y: y + 12 * u, font: font(11), fill: MUTED });
    y += 15 * u;
  }
  const height = Math.ceil(y + pad);
  ops[0] = { op: "rect", x: 0, y: 0, width, height, fill: PAPER };
  return { width, height, ops };
}

interface LegendContext { x: number; y: number; maxX: number; u: number; font: string; measure: MeasureText }

/** Swatches flow left to right and wrap; returns the y below the legend. */
function layoutLegend(snapshot: Snapshot, ops: DrawOp[], c: LegendContext): number {
  const rowHeight = 20 * c.u;
  const swatch = 12 * c.u;
  let x = c.x;
  let y = c.y;
  for (const entry of snapshot.legend) {
    const label = `${entry.label} (${entry.reportCount})`;
    const itemWidth = swatch + 6 * c.u + c.measure(label, c.font) + 18 * c.u;
    if (x > c.x && x + itemWidth > c.maxX) {
      x = c.x;
      y += rowHeight;
    }
    ops.push({ op: "rect", x, y: y + 3 * c.u, width: swatch, height: swatch, fill: entry.colour });
    ops.push({ op: "text", text: label, x: x + swatch + 6 * c.u, y: y + 14 * c.u, font: c.font, fill: INK });
    x += itemWidth;
  }
  return snapshot.legend.length > 0 ? y + rowHeight : y;
}

function describeSource(source: SnapshotSource): string {
  const who = source.outlet ?? "Unknown outlet";
  const when = source.published ? `, ${formatIsoDay(source.published)}` : "";
  const what = source.title ? `: ${source.title}` : "";
  const where = source.url ? ` — ${source.url}` : "";
  return `${who}${when}${what}${where}`;
}
