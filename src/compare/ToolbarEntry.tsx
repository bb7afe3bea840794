import { lazy, Suspense } from "react";
import { createPortal } from "react-dom";
import { useIncursionStore } from "../store/store";
import { DEFAULT_COMPARE } from "./defaultCompare";

// The two-map view (and its second map) loads only when someone opens a comparison.
const CompareView = lazy(() => import("./CompareView"));

/** Toolbar button; the comparison itself lays over the main map while `compare` is set. */
export default function CompareToolbarEntry() {
  const compare = useIncursionStore((s) => s.compare);
  const setCompare = useIncursionStore((s) => s.setCompare);
  const open = compare !== null;
  return (
    <>
      <button
        type="button"
        aria-pressed={open}
        data-testid="compare-toggle"
        onClick={() => setCompare(open ? null : DEFAULT_COMPARE)}
      >
        Compare
      </button>
      {open &&
        createPortal(
          <div className="compare-overlay">
            <Suspense fallback={<p role="status">Loading comparison…</p>}>
              <CompareView />
            </Suspense>
          </div>,
          document.body,
        )}
    </>
  );
}
