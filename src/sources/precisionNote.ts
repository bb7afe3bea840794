import type { PlaceReportProperties } from "../contract/placeReport";
import { approximateNote } from "./approximateNote";

type Placement = Pick<PlaceReportProperties, "kind" | "geo_precision" | "container_name" | "admin1" | "admin2" | "name">;

/** How precisely the place of a report is known, in a sentence a reader can quote. */
export function precisionNote(p: Placement): string {
  const approximate = approximateNote(p);
  if (approximate) return `Position ${approximate.replace(/^approximate: /, "approximate: the village is ")}; the gazetteer lacks it.`;
  switch (p.geo_precision) {
    case "exact":
      return p.kind === "facility" ? "Position: the facility itself." : "Position: the village or town itself (its gazetteer point).";
    case "district":
      return `Position: somewhere in the district (${p.name}); the article names no village. Drawn as the district's approximate area.`;
    case "region":
      return `Position: somewhere in the region (${p.name}); the article names no village or district. Drawn as the region's area.`;
    case "country":
      return "Position: the country as a whole; not drawn on the map.";
    case "near":
      return "Position: near a settlement the article names.";
  }
}

/** Where a report's date comes from, in words. */
export function dateSourceNote(p: Pick<PlaceReportProperties, "date_source" | "time_precision">): string {
  switch (p.date_source) {
    case "text":
      return p.time_precision === "day" ? "date given in the article's text" : `date given in the article's text, to the ${p.time_precision}`;
    case "published":
      return "date from publication: the text gives none, so the event is placed in the week the article appeared";
    case "none":
      return "no date: the article has no publication date";
    case undefined:
      return "where the date comes from is not recorded in this dataset";
  }
}
