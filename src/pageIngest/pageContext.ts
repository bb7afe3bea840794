import campaignsJson from "../../data/campaigns.json";
import claimantsJson from "../../data/claimants.json";
import { campaignListSchema } from "../contract/campaign";
import { decodeGazetteer } from "../gazetteer/compactFile";
import { createBorderDistance } from "../geo/borderDistance";
import { parseBorderFile } from "../geo/borderFile";
import { claimantLexiconFile, compileClaimantLexicon } from "../pipeline/claimants";
import { buildNameIndex } from "../pipeline/nameIndex";
import { FOCUS_COUNTRIES, type LoadedContext } from "../ingest/ingestArticle";

/**
 * Everything geoparsing needs, from the fetched gazetteer and border: the same context the
 * command line builds from its files, so a dropped article gives the reports `npm run
 * ingest` writes. Name keys are computed here (the command line reads them precomputed).
 */
export function pageGeoparseContext(gazetteerJson: unknown, borderJson: unknown): LoadedContext {
  const { entries } = decodeGazetteer(gazetteerJson, "data/gazetteer.json");
  const border = createBorderDistance(parseBorderFile(borderJson, "data/border.json"));
  return {
    context: {
      index: buildNameIndex(entries),
      borderDistanceKm: border,
      campaigns: campaignListSchema.parse(campaignsJson),
      focusCountries: FOCUS_COUNTRIES,
      claimants: compileClaimantLexicon(claimantLexiconFile.parse(claimantsJson)),
    },
    gazetteerProblems: [],
    corrections: null,
  };
}
