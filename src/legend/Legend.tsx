import { useEffect, useMemo, useState } from "react";
import type { DrawnLegend } from "../map/IncursionMap";
import { whenIncursionMap } from "../map/mapRegistry";
import { useIncursionStore } from "../store/store";
import { legendEntries, type LegendEntry } from "./legendEntries";

const NOTHING: DrawnLegend = { kinds: [], campaigns: [], colours: [], maxSources: 0, fadedOutside: false };

/** What the marks on the map mean, made from what the map draws now; folds away. Loaded after the map (MapView). */
export default function Legend() {
  const campaigns = useIncursionStore((s) => s.campaigns);
  const [drawn, setDrawn] = useState<DrawnLegend>(NOTHING);
  // Phones start folded: the legend would cover most of a small map.
  const [open] = useState(() => !window.matchMedia?.("(max-width: 700px)").matches);
  useEffect(() => {
    let unsubscribe = () => {};
    let live = true;
    void whenIncursionMap().then((map) => {
      if (!live) return;
      const update = () => setDrawn((before) => {
        const next = map.drawnLegend();
        return JSON.stringify(next) === JSON.stringify(before) ? before : next;
      });
      unsubscribe = map.onDrawnChange(update);
      update();
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
  const entries = useMemo(() => legendEntries(drawn, campaigns), [drawn, campaigns]);
  if (entries.length === 0) return null;
  return (
    <details className="legend" data-testid="legend" open={open}>
      <summary data-testid="legend-toggle">Legend</summary>
      <ul>
        {entries.map((entry) => <LegendRow key={entry.kind} entry={entry} />)}
      </ul>
    </details>
  );
}

function LegendRow({ entry }: { entry: LegendEntry }) {
  return (
    <li data-testid="legend-entry" data-kind={entry.kind} data-colour={entry.colour}>
      <span className={`legend-mark legend-${entry.kind.startsWith("campaign:") ? "campaign" : entry.kind}`} style={entry.colour ? { background: entry.colour } : undefined} aria-hidden="true">
        {entry.sizes?.map((s) => <span key={s.sources} className="legend-dot" style={{ width: s.diameterPx, height: s.diameterPx }} />)}
      </span>
      {entry.label}
      {entry.sizes && <span className="muted"> ({entry.sizes.map((s) => s.sources).join(", ")})</span>}
    </li>
  );
}
