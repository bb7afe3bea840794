import { useEffect, useRef } from "react";
import { useIncursionStore } from "../store/store";

/**
 * A small menu at a click that hit several places drawn on top of each other: the reader
 * picks one. The first choice takes the focus; Escape or a click elsewhere closes it.
 */
export default function PlaceChooser() {
  const chooser = useIncursionStore((s) => s.chooser);
  const select = useIncursionStore((s) => s.select);
  const setChooser = useIncursionStore((s) => s.setChooser);
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!chooser) return;
    menu.current?.querySelector("button")?.focus();
    const close = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.preventDefault();
      setChooser(null);
    };
    // First (capture), so the sourcing panel behind it stays open.
    window.addEventListener("keydown", close, true);
    return () => window.removeEventListener("keydown", close, true);
  }, [chooser, setChooser]);
  if (!chooser) return null;
  return (
    <div
      ref={menu} className="place-chooser" role="menu" aria-label="Places here" data-testid="place-chooser"
      style={{ left: chooser.x + 10, top: chooser.y + 10 }}
    >
      <p className="place-chooser-head">{chooser.places.length} places here:</p>
      {chooser.places.map((place) => (
        // Names come from the data: text only.
        <button key={place.placeId} type="button" role="menuitem" data-testid="chooser-option" onClick={() => select(place.placeId)}>
          {place.name}
        </button>
      ))}
      <button type="button" className="link-button" onClick={() => setChooser(null)} aria-label="Close">Cancel</button>
    </div>
  );
}
