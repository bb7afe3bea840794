import { isoToDay } from "../contract/days";
import { useIncursionStore } from "../store/store";

/** One button per campaign: the quickest way to the window an editor usually wants. */
export function CampaignPicks() {
  const campaigns = useIncursionStore((s) => s.campaigns);
  const timeWindow = useIncursionStore((s) => s.timeWindow);
  const setTimeWindow = useIncursionStore((s) => s.setTimeWindow);
  return (
    <div className="campaign-picks" role="group" aria-label="Campaigns">
      {campaigns.map((c) => (
        <button
          key={c.id}
          type="button"
          data-testid={`campaign-${c.id}`}
          aria-pressed={timeWindow?.fromDay === isoToDay(c.start) && timeWindow.toDay === isoToDay(c.end)}
          title={c.name}
          onClick={() => setTimeWindow({ fromDay: isoToDay(c.start), toDay: isoToDay(c.end) })}
        >
          <span className="swatch" style={{ background: c.colour }} aria-hidden="true" /> {c.name}
        </button>
      ))}
    </div>
  );
}
