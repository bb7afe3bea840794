import type { SnapshotLayout } from "./snapshotLayout";

/**
 * Applies a layout to a 2D canvas. Text goes through fillText only: titles and outlet names
 * come from articles and must never reach the DOM as markup.
 */
export function drawSnapshot(ctx: CanvasRenderingContext2D, layout: SnapshotLayout, mapImages: CanvasImageSource | readonly CanvasImageSource[]): void {
  const images = Array.isArray(mapImages) ? mapImages : [mapImages];
  ctx.textBaseline = "alphabetic";
  for (const op of layout.ops) {
    switch (op.op) {
      case "map":
        ctx.drawImage(images[op.image ?? 0]!, op.x, op.y, op.width, op.height);
        break;
      case "rect":
        ctx.fillStyle = op.fill;
        ctx.fillRect(op.x, op.y, op.width, op.height);
        break;
      case "line":
        ctx.strokeStyle = op.stroke;
        ctx.lineWidth = op.width;
        ctx.beginPath();
        ctx.moveTo(op.x1, op.y1);
        ctx.lineTo(op.x2, op.y2);
        ctx.stroke();
        break;
      case "text":
        ctx.font = op.font;
        ctx.fillStyle = op.fill;
        ctx.fillText(op.text, op.x, op.y);
        break;
    }
  }
}

/** A measure function backed by a real canvas, for layoutSnapshot in the browser. */
export function canvasMeasure(ctx: CanvasRenderingContext2D): (text: string, font: string) => number {
  return (text, font) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}
