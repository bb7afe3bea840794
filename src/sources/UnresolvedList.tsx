import { WorkQueueSlot } from "../review/lazyPanels";
import { useIncursionStore } from "../store/store";

/** Names the ingest could not place on the map; in review mode, the editor's work queue. */
export function UnresolvedList() {
  const unresolved = useIncursionStore((s) => s.unresolved);
  const select = useIncursionStore((s) => s.select);
  const reviewMode = useIncursionStore((s) => s.reviewMode);
  if (reviewMode) return <WorkQueueSlot />;
  if (unresolved.length === 0) return null;
  return (
    <details className="unresolved" data-testid="unresolved-list">
      <summary>Unresolved places ({unresolved.length})</summary>
      <ul>
        {unresolved.map((u, i) => (
          <li key={`${u.source_path}-${i}`}>
            <strong>{u.mention}</strong> <span className="muted">in {u.source_outlet ?? u.source_title ?? u.source_path}{u.source_published ? ` · ${u.source_published}` : ""}</span>
            {u.provisional_place_id && (
              // Drawn meanwhile where the article says it is; the editor still has to place it.
              <button type="button" className="link-button" data-testid="show-provisional" onClick={() => select(u.provisional_place_id!)}>
                drawn approximately: show
              </button>
            )}
            <div className="muted">{u.sentence}</div>
          </li>
        ))}
      </ul>
    </details>
  );
}
