import { currentIncursionMap } from "../map/mapRegistry";
import { visiblePlaceReports } from "../store/derived";
import { useIncursionStore } from "../store/store";
import { toDayRange } from "../store/timeWindow";

/** One button per campaign: the quickest way to the window an editor usually wants, and to where it happened on the map. */
export function CampaignPicks() {
  const campaigns = useIncursionStore((s) => s.campaigns);
  const timeWindow = useIncursionStore((s) => s.timeWindow);
  const setTimeWindow = useIncursionStore((s) => s.setTimeWindow);
  return (
    <div className="campaign-picks" role="group" aria-label="Campaigns">
      {campaigns.map((c) => {
        const days = toDayRange({ from: c.start, to: c.end });
        return (
          <button
            key={c.id}
            type="button"
            data-testid={`campaign-${c.id}`}
            aria-pressed={timeWindow?.fromDay === days.fromDay && timeWindow.toDay === days.toDay}
            title={c.name}
            onClick={() => {
              setTimeWindow(days);
              // Framed from what the new window shows (the mentions toggle and claims filter apply).
              currentIncursionMap()?.frameCampaigns([c.id], visiblePlaceReports(useIncursionStore.getState()).reports);
            }}
          >
            <span className="swatch" style={{ background: c.colour }} aria-hidden="true" /> {c.name}
          </button>
        );
      })}
    </div>
  );
}
