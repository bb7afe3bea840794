import type { Map as MaplibreMap } from "maplibre-gl";
import type { IncursionMap } from "../map/IncursionMap";
import type { IncursionStore } from "../store/store";

/**
 * `window.__incursionMap`: how browser tests and benchmarks reach the live map and store
 * without scraping the UI. Typed here and assigned through a cast so that consumers may
 * declare their own structural view of it on Window.
 */
export interface IncursionTestHook {
  incursionMap: IncursionMap;
  map: MaplibreMap;
  store: IncursionStore;
}

type HookWindow = { __incursionMap?: IncursionTestHook };

export function installTestHook(hook: IncursionTestHook | null): void {
  const target = window as unknown as HookWindow;
  if (hook) target.__incursionMap = hook;
  else delete target.__incursionMap;
}

type CompareHookWindow = { __incursionCompare?: readonly (IncursionMap | null)[] };

/** `window.__incursionCompare`: the two maps of the comparison, for browser tests. */
export function installCompareTestHook(maps: readonly (IncursionMap | null)[] | null): void {
  const target = window as unknown as CompareHookWindow;
  if (maps) target.__incursionCompare = maps;
  else delete target.__incursionCompare;
}

type ExportHookWindow = { __incursionLastExport?: { ops: readonly unknown[] } };

/** `window.__incursionLastExport`: the draw operations of the last PNG export, for browser tests to read its text. */
export function recordExportLayout(layout: { ops: readonly unknown[] }): void {
  (window as unknown as ExportHookWindow).__incursionLastExport = { ops: layout.ops };
}
