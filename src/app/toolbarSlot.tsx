import { lazy, Suspense, type ComponentType } from "react";

/**
 * Feature folders plug into the toolbar by providing `ToolbarEntry.tsx` with a default
 * component export (it reads the store itself). Each is its own chunk, loaded after the
 * map, so the claims filter, compare, export and review cost nothing on first load.
 */
const entries = import.meta.glob<{ default: ComponentType }>("../{claims,compare,export,review}/ToolbarEntry.tsx");

const lazyEntries = Object.entries(entries)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, load]) => ({ path, Component: lazy(load) }));

export function ToolbarSlot() {
  return (
    <div id="toolbar-slot" className="toolbar-slot" data-testid="toolbar-slot">
      {lazyEntries.map(({ path, Component }) => (
        <Suspense key={path} fallback={null}>
          <Component />
        </Suspense>
      ))}
    </div>
  );
}
