import { lazy, Suspense } from "react";
import type { DatedProperties } from "../data/placeReports";

/** Review mode's panels, in their own chunk: a reader never loads them. */
const LazyWorkQueue = lazy(() => import("./ReviewPanels").then((m) => ({ default: m.WorkQueue })));
const LazyReportActions = lazy(() => import("./ReviewPanels").then((m) => ({ default: m.ReportActions })));

export function WorkQueueSlot() {
  return (
    <Suspense fallback={<p role="status">Loading review tools…</p>}>
      <LazyWorkQueue />
    </Suspense>
  );
}

export function ReportActionsSlot({ report }: { report: DatedProperties }) {
  return (
    <Suspense fallback={null}>
      <LazyReportActions report={report} />
    </Suspense>
  );
}
