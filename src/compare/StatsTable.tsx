import type { CampaignStats } from "./campaignStats";
import { statsRows } from "./statsRows";

/** Numbers of one side of the comparison; place names are data, rendered as text nodes only. */
export function StatsTable({ stats, testId }: { stats: CampaignStats; testId: string }) {
  return (
    <table className="compare-stats" data-testid={testId}>
      <tbody>
        {statsRows(stats).map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.label}</th>
            <td data-testid={`${testId}-${row.id}`}>{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
