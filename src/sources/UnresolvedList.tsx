import { useIncursionStore } from "../store/store";

/** Names the ingest could not place on the map, so an editor can fix the gazetteer. */
export function UnresolvedList() {
  const unresolved = useIncursionStore((s) => s.unresolved);
  if (unresolved.length === 0) return null;
  return (
    <details className="unresolved" data-testid="unresolved-list">
      <summary>Unresolved places ({unresolved.length})</summary>
      <ul>
        {unresolved.map((u, i) => (
          <li key={`${u.source_path}-${i}`}>
            <strong>{u.mention}</strong> <span className="muted">in {u.source_path}</span>
            <div className="muted">{u.sentence}</div>
          </li>
        ))}
      </ul>
    </details>
  );
}
