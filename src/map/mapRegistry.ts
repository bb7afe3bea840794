import type { IncursionMap } from "./IncursionMap";

/**
 * The live map, for modules outside the map view that need it (export, the legend, review's
 * point picking). MapView registers it on mount; nothing else should reach the map any
 * other way.
 */
let current: IncursionMap | null = null;
const waiters: ((map: IncursionMap) => void)[] = [];

export function registerIncursionMap(map: IncursionMap | null): void {
  current = map;
  if (map) waiters.splice(0).forEach((resolve) => resolve(map));
}

export function currentIncursionMap(): IncursionMap | null {
  return current;
}

export function whenIncursionMap(): Promise<IncursionMap> {
  return current ? Promise.resolve(current) : new Promise((resolve) => waiters.push(resolve));
}
