import { useEffect, useId, useState } from "react";
import type { Anchor, CorrectionTarget } from "../contract/corrections";
import type { PlaceKind } from "../contract/placeReport";
import { withoutGenericWord } from "../corrections/anchor";
import { searchPlaces, type PlaceCandidate } from "../corrections/searchPlaces";
import { newsroomPlaceId } from "../corrections/targets";
import type { LatLon } from "../geo/greatCircle";
import { currentIncursionMap } from "../map/mapRegistry";
import { useIncursionStore } from "../store/store";
import { newCorrection } from "./newCorrection";
import { loadReviewGazetteer, type ReviewGazetteer } from "./reviewGazetteer";

export interface PlaceDialogProps {
  /** `place` an unresolved name everywhere, or `move` one report to where it belongs. */
  mode: "place" | "move";
  /** The name as the article writes it. */
  name: string;
  anchor: Anchor | null;
  /** The middle of the article's other places, for the candidates' distances. */
  near: LatLon | null;
  onClose(): void;
}

const KINDS: PlaceKind[] = ["settlement", "district", "region", "facility"];

/** Where a name belongs: a gazetteer entry found by any spelling, or a point dropped on the map. */
export function PlaceDialog({ mode, name, anchor, near, onClose }: PlaceDialogProps) {
  const headingId = useId();
  const [gazetteer, setGazetteer] = useState<ReviewGazetteer | null>(null);
  const [status, setStatus] = useState("Loading the gazetteer…");
  const [query, setQuery] = useState(withoutGenericWord(name));
  const [target, setTarget] = useState<CorrectionTarget | null>(null);
  const [dropped, setDropped] = useState(false);
  const [note, setNote] = useState("");
  const [everywhere, setEverywhere] = useState(false);

  useEffect(() => {
    let live = true;
    loadReviewGazetteer().then(
      (g) => live && (setGazetteer(g), setStatus("")),
      (error: unknown) => live && setStatus(`The gazetteer could not be loaded (${String(error)}); drop a point on the map instead.`),
    );
    return () => {
      live = false;
      currentIncursionMap()?.cancelPick();
      currentIncursionMap()?.showPendingPoint(null);
    };
  }, []);

  const candidates: PlaceCandidate[] = gazetteer ? searchPlaces(gazetteer.index, query, near) : [];
  const choose = (t: CorrectionTarget, wasDropped: boolean) => {
    setTarget(t);
    setDropped(wasDropped);
    currentIncursionMap()?.showPendingPoint(t.point);
  };
  const drop = async () => {
    const map = currentIncursionMap();
    if (!map) return;
    setStatus("Click the map where the place is (Escape cancels).");
    const point = await map.pickPoint();
    setStatus("");
    if (!point) return;
    // The divisions come from the gazetteer: wait for it if the click came first.
    const loaded = gazetteer ?? (await loadReviewGazetteer().catch(() => null));
    const area = loaded?.adminAt(point[0], point[1]) ?? null;
    choose({ place_id: newsroomPlaceId(name), name: query.trim() || name, kind: "settlement", point: roundPoint(point), country: area?.country ?? null, admin1: area?.admin1 ?? null, admin2: area?.admin2 ?? null }, true);
  };
  const save = () => {
    if (!target) return;
    const { addCorrection } = useIncursionStore.getState();
    const extra = note.trim() ? { note: note.trim() } : {};
    // What the preview said, kept in the file: a map without border data shows it, the CLI measures again.
    const measured = gazetteer && target.kind !== "country"
      ? { ...target, border_distance_km: Math.round(gazetteer.borderDistanceKm(target.point[0], target.point[1]) * 10) / 10 }
      : target;
    if (mode === "place") addCorrection(newCorrection({ action: "place", name, target: measured, ...(anchor ? { anchor } : {}), ...extra }));
    else if (anchor) {
      addCorrection(newCorrection({ action: "move", anchor, target: measured, ...extra }));
      if (everywhere) addCorrection(newCorrection({ action: "alias", name, target: measured, ...extra }));
    }
    onClose();
  };

  const km = target && gazetteer ? Math.round(gazetteer.borderDistanceKm(target.point[0], target.point[1])) : null;
  const ready = target !== null && (gazetteer !== null || status !== "Loading the gazetteer…");
  return (
    <div
      className="place-dialog"
      role="dialog"
      aria-labelledby={headingId}
      data-testid="place-dialog"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <h3 id={headingId}>{mode === "place" ? "Place" : "Move"} “{name}”</h3>
      <label>
        Search the gazetteer{" "}
        <input autoFocus value={query} onChange={(e) => setQuery(e.target.value)} onFocus={(e) => e.target.select()} data-testid="place-search" aria-describedby={`${headingId}-status`} />
      </label>
      <p id={`${headingId}-status`} role="status" className="muted">{status}</p>
      <ul aria-label="Gazetteer candidates">
        {candidates.map(({ entry, distanceKm }) => (
          <li key={entry.id}>
            <button
              type="button"
              aria-pressed={target?.place_id === entry.id}
              data-testid="place-candidate"
              onClick={() => choose({ place_id: entry.id, name: entry.name, kind: entry.kind, point: [entry.lon, entry.lat], country: entry.country, admin1: entry.admin1, admin2: entry.admin2 }, false)}
            >
              <strong>{entry.name}</strong> · {entry.kind} · {[entry.admin2, entry.admin1, entry.country].filter(Boolean).join(", ")}
              {entry.population > 0 ? ` · pop. ${entry.population.toLocaleString("en")}` : ""}
              {distanceKm !== null ? ` · ${distanceKm} km from the article's places` : ""}
            </button>
          </li>
        ))}
        {gazetteer && candidates.length === 0 && <li className="muted">No gazetteer entry by that spelling.</li>}
      </ul>
      <button type="button" onClick={() => void drop()} data-testid="place-drop">Drop a point on the map</button>
      {target && ready && (
        <div data-testid="place-preview">
          <p>
            {target.name} lands in {[target.admin2, target.admin1].filter(Boolean).join(", ") || "no division the gazetteer names"}
            {km !== null ? ` · ${Math.abs(km)} km ${km >= 0 ? "inside Russia" : "from the border, outside Russia"}` : ""}.
          </p>
          {dropped && (
            <label>
              Kind{" "}
              <select value={target.kind} onChange={(e) => setTarget({ ...target, kind: e.target.value as PlaceKind })} data-testid="place-kind">
                {KINDS.map((k) => <option key={k} value={k}>{k}</option>)}
              </select>
            </label>
          )}
        </div>
      )}
      {mode === "move" && (
        <label>
          <input type="checkbox" checked={everywhere} onChange={(e) => setEverywhere(e.target.checked)} data-testid="place-everywhere" /> “{name}” means this place in every article
        </label>
      )}
      <label>
        Note <input value={note} onChange={(e) => setNote(e.target.value)} data-testid="place-note" />
      </label>
      <div>
        <button type="button" disabled={!target} onClick={save} data-testid="place-save">Save</button>{" "}
        <button type="button" onClick={onClose}>Cancel</button>
      </div>
    </div>
  );
}

/** Five decimals: about a metre, more than a click on a map can mean. */
function roundPoint([lon, lat]: [number, number]): [number, number] {
  return [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5];
}
