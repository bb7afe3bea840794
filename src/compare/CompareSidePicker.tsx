import type { Campaign } from "../contract/campaign";

interface Props {
  index: 0 | 1;
  pair: [string, string];
  campaigns: readonly Campaign[];
  /** The main map's time window as a side (`from..to`), offered next to the campaigns. */
  windowSide: string | null;
  onChange(pair: [string, string]): void;
}

/** Picks a campaign or a date window for one side; a side that came in by link stays selectable. */
export function CompareSidePicker({ index, pair, campaigns, windowSide, onChange }: Props) {
  const current = pair[index];
  const offered = new Set([...campaigns.map((c) => c.id), windowSide]);
  return (
    <label className="compare-picker">
      <span className="visually-hidden">{index === 0 ? "Left side" : "Right side"}</span>
      <select
        value={current}
        data-testid={`compare-pick-${index === 0 ? "a" : "b"}`}
        onChange={(event) => {
          const next: [string, string] = [...pair];
          next[index] = event.target.value;
          onChange(next);
        }}
      >
        {!offered.has(current) && <option value={current}>{current.replace("..", " – ")}</option>}
        {campaigns.map((c) => (
          <option key={c.id} value={c.id}>{c.name}</option>
        ))}
        {windowSide && <option value={windowSide}>Dates {windowSide.replace("..", " – ")} (time slider)</option>}
      </select>
    </label>
  );
}
