import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { DrawnLegend } from "../map/IncursionMap";
import { currentIncursionMap, whenIncursionMap } from "../map/mapRegistry";
import { useIncursionStore } from "../store/store";
import { legendEntries, type LegendEntry } from "./legendEntries";

const NOTHING: DrawnLegend = { kinds: [], campaigns: [], colours: [], maxSources: 0, fadedOutside: false };

/** What the marks on the map mean, made from what the map draws now; folds away. Loaded after the map (MapView). */
export default function Legend() {
  const campaigns = useIncursionStore((s) => s.campaigns);
  const [drawn, setDrawn] = useState<DrawnLegend>(NOTHING);
  const [open, setOpen] = useState(true);
  const details = useRef<HTMLDetailsElement>(null);
  /** The reader folded or opened it: the legend no longer folds itself. */
  const chosen = useRef(false);
  /** The most entries the legend has had: it folds itself only as it grows past them, not at every scrub. */
  const mostEntries = useRef(0);
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
  // Measured before the first paint and whenever the legend grows past its largest: where
  // the open legend leaves too little of the map to frame places beside it (a phone, a
  // narrow window), it would hide the places it explains, so it folds itself, unless the
  // reader has opened or folded it.
  useLayoutEffect(() => {
    if (!details.current || chosen.current || !open || entries.length <= mostEntries.current) return;
    mostEntries.current = entries.length;
    if (currentIncursionMap()?.leavesRoomForPlaces() === false) setOpen(false);
  }, [entries, open]);
  if (entries.length === 0) return null;
  return (
    <details ref={details} className="legend" data-testid="legend" open={open} onToggle={(event) => {
      // A toggle event that does not match what was rendered is the reader's.
      if (event.currentTarget.open === open) return;
      chosen.current = true;
      setOpen(event.currentTarget.open);
    }}>
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
