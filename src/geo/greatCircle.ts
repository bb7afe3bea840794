/** A point on the globe in degrees. */
export interface LatLon {
  lat: number;
  lon: number;
}

/**
 * Great-circle distance in km (haversine, mean Earth radius). turf does the same for
 * GeoJSON; this takes bare points because it runs per gazetteer candidate.
 */
export function distanceKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}
