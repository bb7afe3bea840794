import { useEffect, useRef, useState } from "react";
import { claimantKind, type ClaimantKind } from "../contract/placeReport";
import { KIND_PLURAL } from "./claimWords";
import { useIncursionStore } from "../store/store";
import "./claims.css";

/**
 * Toolbar control for the claims filter: tick the kinds of claimant whose reports to show
 * (none ticked: every report, `?claims=` absent). The map, the list and the exports follow
 * the store's `claimKinds`.
 */
export default function ClaimsToolbarEntry() {
  const claimKinds = useIncursionStore((s) => s.claimKinds);
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    // First (capture), as the export panel does, so a sourcing panel behind stays open.
    const close = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      event.preventDefault();
      setOpen(false);
      toggle.current?.focus();
    };
    window.addEventListener("keydown", close, true);
    return () => window.removeEventListener("keydown", close, true);
  }, [open]);
  const chosen = claimKinds ?? [];
  const setKind = (kind: ClaimantKind, on: boolean) =>
    useIncursionStore.getState().setClaimKinds(on ? [...chosen, kind] : chosen.filter((k) => k !== kind));
  const count = chosen.length;
  return (
    <div className="claims-entry">
      <button
        ref={toggle} type="button" aria-expanded={open} aria-controls="claims-popover" aria-pressed={count > 0}
        data-testid="claims-toggle" onClick={() => setOpen(!open)}
      >
        {count === 0 ? "Claims: all" : `Claims: ${count} of ${claimantKind.options.length}`}
      </button>
      {open && (
        <fieldset id="claims-popover" className="claims-popover" data-testid="claims-filter">
          <legend>Show only reports backed by</legend>
          {claimantKind.options.map((kind) => (
            <label key={kind}>
              <input type="checkbox" checked={chosen.includes(kind)} data-testid={`claims-kind-${kind}`} onChange={(e) => setKind(kind, e.target.checked)} />{" "}
              <span className={`claimant-badge kind-${kind}`}>{KIND_PLURAL[kind]}</span>
            </label>
          ))}
          <p className="muted">{count === 0 ? "None ticked: every report is shown." : "A report is shown when one of its quotes is by a ticked kind."}</p>
          <button type="button" disabled={count === 0} data-testid="claims-all" onClick={() => useIncursionStore.getState().setClaimKinds(null)}>
            Show every report
          </button>
        </fieldset>
      )}
    </div>
  );
}
