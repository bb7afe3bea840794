import { lazy, Suspense } from "react";
import { useIncursionStore } from "../store/store";

const SourcingPanel = lazy(() => import("./SourcingPanel"));

/** The sourcing panel, fetched with the first selection: it is not part of the first load. */
export function SourcingSlot() {
  const selection = useIncursionStore((s) => s.selection);
  if (!selection) return null;
  return (
    <Suspense fallback={<p className="sourcing" aria-busy="true">Loading the sources…</p>}>
      <SourcingPanel />
    </Suspense>
  );
}
