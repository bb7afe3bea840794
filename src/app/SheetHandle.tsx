import { useRef, type RefObject } from "react";

/**
 * On phones the side panel is a bottom sheet: this grip drags it up to full height or down
 * to a strip (pointer), and Enter or a tap toggles between half and full height (keyboard).
 * Hidden on wide screens by CSS; the height lives in the sheet's own style only.
 */
export function SheetHandle({ sheet }: { sheet: RefObject<HTMLElement | null> }) {
  const drag = useRef<{ startY: number; startHeight: number; moved: boolean } | null>(null);
  const setHeight = (px: number) => {
    const element = sheet.current;
    const parent = element?.parentElement;
    if (!element || !parent) return;
    const clamped = Math.min(Math.max(px, 56), parent.clientHeight);
    element.style.setProperty("--sheet-height", `${Math.round(clamped)}px`);
  };
  return (
    <button
      type="button" className="sheet-handle" data-testid="sheet-handle"
      aria-label="Resize the panel: drag, or press to switch between half and full height"
      onPointerDown={(event) => {
        if (!sheet.current) return;
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = { startY: event.clientY, startHeight: sheet.current.getBoundingClientRect().height, moved: false };
      }}
      onPointerMove={(event) => {
        const start = drag.current;
        if (!start) return;
        if (Math.abs(event.clientY - start.startY) > 4) start.moved = true;
        setHeight(start.startHeight + start.startY - event.clientY);
      }}
      onPointerUp={() => {
        const moved = drag.current?.moved ?? false;
        drag.current = null;
        if (!moved) toggle();
      }}
      onKeyDown={(event) => {
        if (event.key !== "Enter" && event.key !== " ") return;
        event.preventDefault();
        toggle();
      }}
    />
  );

  function toggle() {
    const element = sheet.current;
    const parent = element?.parentElement;
    if (!element || !parent) return;
    const full = element.getBoundingClientRect().height >= parent.clientHeight - 8;
    setHeight(full ? parent.clientHeight * 0.45 : parent.clientHeight);
  }
}
