import { DatasetPicker } from "./DatasetPicker";
import { useIncursionStore } from "../store/store";
import { ToolbarSlot } from "./toolbarSlot";

export function Toolbar() {
  const showMentions = useIncursionStore((s) => s.showMentions);
  const basemap = useIncursionStore((s) => s.basemap);
  const { setShowMentions, setBasemap } = useIncursionStore.getState();
  return (
    <header className="toolbar">
      <h1>Incursion map</h1>
      <label>
        <input type="checkbox" checked={showMentions} onChange={(e) => setShowMentions(e.target.checked)} data-testid="toggle-mentions" />{" "}
        Show mentions
      </label>
      <label title="Loads a vector basemap from tiles.openfreemap.org">
        <input type="checkbox" checked={basemap === "online"} onChange={(e) => setBasemap(e.target.checked ? "online" : "offline")} data-testid="toggle-online-basemap" />{" "}
        Online basemap
      </label>
      <DatasetPicker />
      <ToolbarSlot />
    </header>
  );
}
