import type { DrawOp, SnapshotLayout } from "../export/snapshotLayout";
import type { MeasureText } from "../export/wrapText";
import { wrapText } from "../export/wrapText";
import type { StatsRow } from "./statsRows";

/** What the comparison image says: both sides, each under its own map, and whose data it is. */
export interface CompareSnapshot {
  title: string;
  sides: readonly [CompareSideText, CompareSideText];
  /** "Source: 7 news articles, places found by geoparsing". */
  sourceLine: string;
  attribution: readonly string[];
}

interface CompareSideText {
  label: string;
  /** The side's campaign colour, the map's own (null for a date window). */
  colour: string | null;
  rows: readonly StatsRow[];
}

const PAPER = "#fbfaf7";
const INK = "#1d1a16";
const MUTED = "#6b645a";

/**
 * The two maps side by side under one title, each side's label (in its colour) and numbers
 * under its map, the source line and credits across the foot. Pure: the browser measures
 * text and draws the ops (drawSnapshot); `image` on a map op says which side's image it is.
 */
export function layoutCompare(snapshot: CompareSnapshot, frame: { mapWidthPx: number; mapHeightPx: number; pixelRatio: number }, measure: MeasureText): SnapshotLayout {
  const u = frame.pixelRatio;
  const pad = 12 * u;
  const width = 2 * frame.mapWidthPx + 3 * pad;
  const font = (px: number, bold = false) => `${bold ? "bold " : ""}${Math.round(px * u)}px sans-serif`;
  const ops: DrawOp[] = [{ op: "rect", x: 0, y: 0, width, height: 0, fill: PAPER }];

  let y = pad;
  for (const line of wrapText(snapshot.title, font(20, true), width - 2 * pad, measure)) {
    ops.push({ op: "text", text: line, x: pad, y: y + 20 * u, font: font(20, true), fill: INK });
    y += 26 * u;
  }
  const mapTop = y + pad / 2;
  let bottom = mapTop + frame.mapHeightPx;
  snapshot.sides.forEach((side, image) => {
    const x = pad + image * (frame.mapWidthPx + pad);
    ops.push({ op: "map", x, y: mapTop, width: frame.mapWidthPx, height: frame.mapHeightPx, image });
    let sideY = mapTop + frame.mapHeightPx + pad;
    const swatch = 12 * u;
    if (side.colour) ops.push({ op: "rect", x, y: sideY + 3 * u, width: swatch, height: swatch, fill: side.colour });
    const labelX = side.colour ? x + swatch + 6 * u : x;
    for (const line of wrapText(side.label, font(15, true), frame.mapWidthPx - (labelX - x), measure)) {
      ops.push({ op: "text", text: line, x: labelX, y: sideY + 14 * u, font: font(15, true), fill: INK });
      sideY += 20 * u;
    }
    for (const row of side.rows) {
      for (const line of wrapText(`${row.label}: ${row.value}`, font(13), frame.mapWidthPx, measure)) {
        ops.push({ op: "text", text: line, x, y: sideY + 13 * u, font: font(13), fill: INK });
        sideY += 18 * u;
      }
    }
    bottom = Math.max(bottom, sideY);
  });

  y = bottom + pad / 2;
  for (const line of wrapText(snapshot.sourceLine, font(12, true), width - 2 * pad, measure)) {
    ops.push({ op: "text", text: line, x: pad, y: y + 13 * u, font: font(12, true), fill: INK });
    y += 17 * u;
  }
  for (const line of wrapText(snapshot.attribution.join(" · "), font(11), width - 2 * pad, measure)) {
    ops.push({ op: "text", text: line, x: pad, y: y + 12 * u, font: font(11), fill: MUTED });
    y += 15 * u;
  }
  const height = Math.ceil(y + pad);
  ops[0] = { op: "rect", x: 0, y: 0, width, height, fill: PAPER };
  return { width, height, ops };
}
