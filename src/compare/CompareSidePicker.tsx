import type { Campaign } from "../contract/campaign";

interface Props {
  index: 0 | 1;
  pair: [string, string];
  campaigns: readonly Campaign[];
  onChange(pair: [string, string]): void;
}

/** Picks a campaign for one side; a date window that came in by link stays selectable. */
export function CompareSidePicker({ index, pair, campaigns, onChange }: Props) {
  const current = pair[index];
  const known = campaigns.some((c) => c.id === current);
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
        {!known && <option value={current}>{current}</option>}
        {campaigns.map((c) => (
          <option key={c.id} value={c.id}>{c.name}</option>
        ))}
      </select>
    </label>
  );
}
