import { useState } from "react";
import { DatasetPicker } from "./DatasetPicker";
import { useIncursionStore } from "../store/store";
import { ToolbarSlot } from "./toolbarSlot";

export function Toolbar() {
  const showMentions = useIncursionStore((s) => s.showMentions);
  const basemap = useIncursionStore((s) => s.basemap);
  const fadeOutside = useIncursionStore((s) => s.fadeOutside);
  const { setShowMentions, setBasemap, setFadeOutside } = useIncursionStore.getState();
  // On a phone the toolbar folds into one menu: the view options, the dataset's name and
  // Open…, and the features' buttons (a feature in use keeps its button in sight; CSS).
  // Elsewhere everything is always shown.
  const [optionsOpen, setOptionsOpen] = useState(false);
  return (
    <header className={optionsOpen ? "toolbar options-open" : "toolbar"}>
      <h1>Incursion map</h1>
      <button
        type="button" className="toolbar-options-toggle" aria-expanded={optionsOpen} aria-controls="toolbar-options dataset-picker toolbar-slot"
        onClick={() => setOptionsOpen(!optionsOpen)} data-testid="toolbar-options-toggle"
      >
        Menu {optionsOpen ? "▴" : "▾"}
      </button>
      <div id="toolbar-options" className={optionsOpen ? "toolbar-options open" : "toolbar-options"}>
        <label>
          <input type="checkbox" checked={showMentions} onChange={(e) => setShowMentions(e.target.checked)} data-testid="toggle-mentions" />{" "}
          Show mentions
        </label>
        <label title="Reports outside every campaign (front-line towns far from the border) drawn faint, so the campaigns stand out">
          <input type="checkbox" checked={fadeOutside} onChange={(e) => setFadeOutside(e.target.checked)} data-testid="toggle-fade-outside" />{" "}
          Fade other reports
        </label>
        <label title="Loads a vector basemap from tiles.openfreemap.org">
          <input type="checkbox" checked={basemap === "online"} onChange={(e) => setBasemap(e.target.checked ? "online" : "offline")} data-testid="toggle-online-basemap" />{" "}
          Online basemap
        </label>
      </div>
      <DatasetPicker />
      <ToolbarSlot />
    </header>
  );
}
