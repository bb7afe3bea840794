import type { DrawOp } from "../../../src/export/snapshotLayout";
import type { IncursionMap } from "../../../src/map/IncursionMap";
import type { IncursionTestHook } from "../../../src/testHook/testHook";

/**
 * The page's `window` as the browser tests reach the app through it: the hooks that
 * src/testHook/testHook.ts installs, typed from the page's own types. Functions handed to
 * `page.evaluate` run in the page and cannot import a helper, so they cast `window` to
 * this; the drivers are the only ones that do, and this is the only shape they cast to.
 */
export interface HookWindow {
  /** The live map, its MapLibre map and the store (absent until the map is up). */
  __incursionMap?: IncursionTestHook;
  /** The comparison's two maps, while it is open. */
  __incursionCompare?: readonly (IncursionMap | null)[];
  /** The draw operations of the last PNG export. */
  __incursionLastExport?: { ops: readonly DrawOp[] };
}
