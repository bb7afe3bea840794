import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { IncursionMap } from "../map/IncursionMap";
import { claimFilterLine } from "../claims/claimWords";
import { reportsThroughFilters } from "../store/selectors";
import { useIncursionStore, type MapCamera } from "../store/store";
import { installCompareTestHook } from "../testHook/testHook";
import { compareBounds } from "./compareBounds";
import { compareModel } from "./compareModel";
import { exportComparePng } from "./exportCompare";
import { formatCompareSide } from "./compareSide";
import { fromDayRange } from "../store/timeWindow";
import { CompareMapPanel } from "./CompareMapPanel";
import { CompareSidePicker } from "./CompareSidePicker";
import "./compare.css";

/**
 * Two campaigns (or date windows) side by side, each on its own IncursionMap, moved
 * together so the same ground sits under the same pixels on both sides.
 */
export default function CompareView() {
  const compare = useIncursionStore((s) => s.compare);
  const datasetIndex = useIncursionStore((s) => s.datasetIndex);
  const campaigns = useIncursionStore((s) => s.campaigns);
  const showMentions = useIncursionStore((s) => s.showMentions);
  const claimKinds = useIncursionStore((s) => s.claimKinds);
  const mapView = useIncursionStore((s) => s.mapView);
  const setCompare = useIncursionStore((s) => s.setCompare);
  const select = useIncursionStore((s) => s.select);
  const timeWindow = useIncursionStore((s) => s.timeWindow);
  const windowSide = timeWindow ? formatCompareSide({ kind: "window", ...fromDayRange(timeWindow) }) : null;

  // The sides' numbers count what their maps draw under the claims filter; mentions stay in,
  // as "settlements named" counts every village the coverage names.
  const compared = useMemo(() => reportsThroughFilters(datasetIndex, true, claimKinds), [datasetIndex, claimKinds]);
  const panels = useMemo(() => compareModel(compare, compared, campaigns), [compare, compared, campaigns]);
  const claimsLine = claimFilterLine(claimKinds);
  const pair: [string, string] = [panels[0].key, panels[1].key];
  const maps = useRef<[IncursionMap | null, IncursionMap | null]>([null, null]);
  const bounds = useMemo(() => compareBounds(panels[0].reports, panels[1].reports), [panels]);

  const fit = useCallback(() => {
    const first = maps.current[0];
    // The second map follows through the view sync.
    if (first && maps.current[1] && bounds) first.fitTo(bounds);
  }, [bounds]);

  const onMap = useCallback((index: 0 | 1, map: IncursionMap | null) => {
    maps.current[index] = map;
    installCompareTestHook(maps.current.some(Boolean) ? maps.current : null);
    fit();
  }, [fit]);

  useEffect(fit, [fit]);

  const [exportStatus, setExportStatus] = useState("");
  const exportImage = async () => {
    const [a, b] = maps.current;
    if (!a || !b) return;
    setExportStatus("Exporting…");
    try {
      const result = await exportComparePng([a, b], panels, claimsLine);
      setExportStatus(`Saved ${result.filename} (${result.width}×${result.height} px)`);
    } catch (error) {
      setExportStatus(`Export failed: ${(error as Error).message}`);
    }
  };

  const onViewChange = useCallback((index: 0 | 1, view: MapCamera) => {
    maps.current[index === 0 ? 1 : 0]?.jumpTo(view);
  }, []);

  return (
    <section className="compare-view" aria-labelledby="compare-heading" data-testid="compare-view">
      <header className="compare-header">
        <h2 id="compare-heading">Compare</h2>
        <CompareSidePicker index={0} pair={pair} campaigns={campaigns} windowSide={windowSide} onChange={setCompare} />
        <span aria-hidden="true">vs</span>
        <CompareSidePicker index={1} pair={pair} campaigns={campaigns} windowSide={windowSide} onChange={setCompare} />
        <button type="button" data-testid="compare-export" onClick={() => void exportImage()}>Export image</button>
        <button type="button" data-testid="compare-close" onClick={() => setCompare(null)}>Close comparison</button>
        <span role="status" aria-live="polite" className="muted" data-testid="compare-export-status">{exportStatus}</span>
        {claimsLine && <p className="muted" data-testid="compare-claims">{claimsLine}: both sides' maps and numbers.</p>}
      </header>
      <div className="compare-panels">
        {panels.map((panel, index) => (
          <CompareMapPanel
            key={index}
            panel={panel}
            index={index as 0 | 1}
            campaigns={campaigns}
            showMentions={showMentions}
            claimKinds={claimKinds}
            initialView={mapView}
            onMap={onMap}
            onViewChange={onViewChange}
            onPlaceClick={select}
          />
        ))}
      </div>
    </section>
  );
}
