import { useMemo } from "react";
import { reportsThroughFilters } from "../store/selectors";
import { useIncursionStore } from "../store/store";
import { windowExtent, type DayRange } from "../store/timeWindow";
import { dayStacks, reportDays, type DayStack } from "./histogramBins";
import { timeScale, type TimeScale } from "./timeScale";

export interface Timeline {
  /** The days the data covers. */
  dataExtent: DayRange;
  /** The days the slider spans: the data's and the campaigns over them. */
  extent: DayRange;
  stacks: DayStack[];
  /** Sorted days on which a counted report starts (those the mentions toggle and the claims filter keep). */
  reportDays: number[];
  scale: TimeScale;
}

/** What the slider, its axis and playback are drawn from; null when nothing is dated. */
export function useTimeline(): Timeline | null {
  const index = useIncursionStore((s) => s.datasetIndex);
  const campaigns = useIncursionStore((s) => s.campaigns);
  const showMentions = useIncursionStore((s) => s.showMentions);
  const claimKinds = useIncursionStore((s) => s.claimKinds);
  return useMemo(() => {
    const { reports: placeReports, extent: data } = index;
    const extent = windowExtent(data, campaigns);
    if (!data || !extent) return null;
    const counted = reportsThroughFilters(index, showMentions, claimKinds);
    const stacks = dayStacks(counted, extent, campaigns.map((c) => c.id));
    const days = reportDays(stacks);
    // The scale keeps every report day at full width, mentions and unclaimed reports
    // included, so neither the toggle nor the claims filter moves the axis.
    return { dataExtent: data, extent, stacks, reportDays: days, scale: timeScale(extent, reportDays(dayStacks(placeReports, extent))) };
  }, [index, campaigns, showMentions, claimKinds]);
}
