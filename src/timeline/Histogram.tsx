import { useMemo } from "react";
import type { Campaign } from "../contract/campaign";
import { NO_CAMPAIGN_COLOUR } from "../map/featureState";
import type { DayRange } from "../store/timeWindow";
import type { DayStack } from "./histogramBins";
import type { TimeScale } from "./timeScale";

interface Props {
  stacks: readonly DayStack[];
  scale: TimeScale;
  campaigns: readonly Campaign[];
  window: DayRange;
  onPickDay(day: number): void;
}

const WIDTH = 1000;
const HEIGHT = 30;

/**
 * Bars of reports per day, stacked by campaign in the map's colours, on the axis's scale;
 * squeezed empty stretches are hatched. Clicking picks a day. Pointer only: the range
 * inputs carry the keyboard.
 */
export function Histogram({ stacks, scale, campaigns, window, onPickDay }: Props) {
  const max = useMemo(() => Math.max(1, ...stacks.map((s) => s.total)), [stacks]);
  const colourOf = useMemo(() => new Map(campaigns.map((c) => [c.id, c.colour])), [campaigns]);
  const x = (day: number) => scale.x(day) * WIDTH;
  return (
    <svg
      className="histogram" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" aria-hidden="true" data-testid="histogram"
      onClick={(event) => {
        const box = event.currentTarget.getBoundingClientRect();
        onPickDay(scale.dayAt((event.clientX - box.left) / box.width));
      }}
    >
      {scale.segments.filter((s) => s.compressed).map((s) => (
        <rect key={s.fromDay} className="histogram-break" x={s.x0 * WIDTH} width={(s.x1 - s.x0) * WIDTH} y={0} height={HEIGHT} />
      ))}
      <rect
        className="histogram-window" data-testid="histogram-window"
        x={x(window.fromDay)} width={Math.max(x(window.toDay + 1) - x(window.fromDay), 0.5)} y={0} height={HEIGHT}
      />
      {stacks.map((stack) => {
        let top = HEIGHT;
        const barWidth = Math.max(x(stack.day + 1) - x(stack.day) - 0.3, 0.6);
        return stack.byCampaign.map(({ campaign, count }) => {
          const height = Math.max((count / max) * (HEIGHT - 2), 2);
          top -= height;
          return (
            <rect
              key={`${stack.day}:${campaign}`} className="histogram-bar" x={x(stack.day)} width={barWidth} y={top} height={height}
              fill={(campaign && colourOf.get(campaign)) || NO_CAMPAIGN_COLOUR}
            />
          );
        });
      })}
    </svg>
  );
}
