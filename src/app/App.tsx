import { ReportList } from "../sources/ReportList";
import { SourcingSlot } from "../sources/SourcingSlot";
import { UnresolvedList } from "../sources/UnresolvedList";
import { TimeSlider } from "../timeline/TimeSlider";
import { useRef } from "react";
import { MapView } from "./MapView";
import { Messages } from "./Messages";
import { SheetHandle } from "./SheetHandle";
import { Toolbar } from "./Toolbar";

export function App() {
  const sheet = useRef<HTMLElement>(null);
  return (
    <div className="app">
      <Toolbar />
      <Messages />
      <main className="main">
        <MapView sheet={sheet} />
        <aside ref={sheet} className="panel" aria-label="Reports and sourcing" data-testid="side-panel">
          <SheetHandle sheet={sheet} />
          <SourcingSlot />
          <ReportList />
          <UnresolvedList />
        </aside>
      </main>
      <footer className="footer">
        <TimeSlider />
      </footer>
    </div>
  );
}
