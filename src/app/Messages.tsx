import { useIncursionStore } from "../store/store";

/** Load errors and basemap fallbacks; the map underneath keeps working. */
export function Messages() {
  const loadError = useIncursionStore((s) => s.loadError);
  const notice = useIncursionStore((s) => s.notice);
  if (!loadError && !notice) return null;
  const dismiss = () => useIncursionStore.setState({ loadError: null, notice: null });
  return (
    <div className="messages" role="alert" data-testid="app-message">
      {loadError && <p className="error">Could not open dataset: {loadError}</p>}
      {notice && <p>{notice}</p>}
      <button type="button" onClick={dismiss}>Dismiss</button>
    </div>
  );
}
