import { lazy, Suspense, useEffect, useRef, useState } from "react";
import type { IncursionMap } from "../map/IncursionMap";
import { currentIncursionMap, whenIncursionMap } from "../map/mapRegistry";
import "./export.css";

const ExportPanel = lazy(() => import("./ExportPanel"));

/** Toolbar button that opens the export panel for the live map. */
export default function ExportToolbarEntry() {
  const [open, setOpen] = useState(false);
  const [map, setMap] = useState<IncursionMap | null>(currentIncursionMap);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    let live = true;
    void whenIncursionMap().then((m) => live && setMap(m));
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (!open) return;
    // Wherever the focus is; first (capture), so a sourcing panel behind stays open.
    const close = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      event.preventDefault();
      setOpen(false);
      toggle.current?.focus();
    };
    window.addEventListener("keydown", close, true);
    return () => window.removeEventListener("keydown", close, true);
  }, [open]);
  return (
    <div className="export-entry">
      <button ref={toggle} type="button" aria-expanded={open} aria-controls="export-popover" data-testid="export-toggle" onClick={() => setOpen(!open)}>
        Export
      </button>
      {open && (
        <div id="export-popover" className="export-popover">
          <Suspense fallback={<p role="status">Loading…</p>}>
            <ExportPanel map={map} />
          </Suspense>
        </div>
      )}
    </div>
  );
}
