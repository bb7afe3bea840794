import { useEffect, useMemo, useRef } from "react";
import type { Campaign } from "../contract/campaign";
import type { ClaimantKind } from "../contract/placeReport";
import type { DatedPlaceReport } from "../data/placeReports";
import { IncursionMap } from "../map/IncursionMap";
import type { MapCamera } from "../store/store";
import { indexDataset } from "../data/datasetIndex";
import { noVisibleReports, reportsInWindow } from "../store/selectors";
import type { ComparePanelModel } from "./compareModel";
import { StatsTable } from "./StatsTable";

interface Props {
  panel: ComparePanelModel<DatedPlaceReport>;
  index: 0 | 1;
  campaigns: readonly Campaign[];
  showMentions: boolean;
  /** The claims filter of the main map: the side's map draws what it lets through, as its numbers count (CompareView). */
  claimKinds: readonly ClaimantKind[] | null;
  initialView: MapCamera | null;
  /** Registers this side's map so the other side can follow it. */
  onMap(index: 0 | 1, map: IncursionMap | null): void;
  onViewChange(index: 0 | 1, view: MapCamera): void;
  onPlaceClick(placeId: string): void;
}

/** One side of the comparison: its own IncursionMap, fed only this side's reports. */
export function CompareMapPanel({ panel, index, campaigns, showMentions, claimKinds, initialView, onMap, onViewChange, onPlaceClick }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<IncursionMap | null>(null);
  const callbacks = useRef({ onViewChange, onPlaceClick });
  callbacks.current = { onViewChange, onPlaceClick };

  useEffect(() => {
    if (!container.current) return;
    const instance = new IncursionMap(container.current, {
      view: initialView,
      onPlaceClick: (placeId) => callbacks.current.onPlaceClick(placeId),
      onViewChange: (view) => callbacks.current.onViewChange(index, view),
      onBasemapFallback: () => undefined,
    });
    map.current = instance;
    onMap(index, instance);
    return () => {
      onMap(index, null);
      instance.destroy();
      map.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the map lives as long as the panel; data changes go through the effect below
  }, []);

  // The side's own reports, indexed once for its map.
  const dataset = useMemo(() => indexDataset(panel.reports), [panel.reports]);
  useEffect(() => {
    const instance = map.current;
    if (!instance) return;
    instance.showPlaceReports(dataset, campaigns);
    // The side's own reports are already the selection; the window only has to cover them.
    const { extent } = dataset;
    instance.showVisible(extent ? reportsInWindow(dataset, extent, showMentions, claimKinds) : noVisibleReports(dataset));
  }, [dataset, campaigns, showMentions, claimKinds]);

  const testId = `compare-${index === 0 ? "a" : "b"}`;
  return (
    <section className="compare-panel" data-testid={testId} aria-label={panel.label}>
      <h3 title={panel.label}>
        {panel.colour && <span className="compare-swatch" style={{ background: panel.colour }} aria-hidden="true" />}
        <span>{panel.label}</span>
      </h3>
      <div className="compare-map" ref={container} data-testid={`${testId}-map`} />
      {panel.error ? (
        <p role="alert" data-testid={`${testId}-error`}>{panel.error}</p>
      ) : (
        <StatsTable stats={panel.stats} testId={`${testId}-stats`} />
      )}
    </section>
  );
}
