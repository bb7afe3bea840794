import { ReportList } from "../sources/ReportList";
import { SourcingSlot } from "../sources/SourcingSlot";
import { UnresolvedList } from "../sources/UnresolvedList";
import { TimeSlider } from "../timeline/TimeSlider";
import { MapView } from "./MapView";
import { Messages } from "./Messages";
import { Toolbar } from "./Toolbar";

export function App() {
  return (
    <div className="app">
      <Toolbar />
      <Messages />
      <main className="main">
        <MapView />
        <aside className="panel" aria-label="Reports and sourcing" data-testid="side-panel">
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
