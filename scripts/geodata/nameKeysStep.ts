import { DEFAULT_GAZETTEER_PATH, DEFAULT_NAME_KEYS_PATH, loadDefaultGazetteerWithAdmin } from "../../src/cli/loadGazetteer";
import { encodeNameKeys } from "../../src/pipeline/nameKeysFile";
import { formatBytes, relativeToRoot, writeFileAtomic, type BuildStep } from "./buildStep";
import { GAZETTEER_OUTPUT } from "./gazetteerStep";

/**
 * Builds data/build/name-keys.json: the default gazetteer's spellings folded into
 * name keys once, so the CLI and its workers do not fold 50,000 names at every start.
 */
export const nameKeysStep: BuildStep = {
  name: "name keys",
  outputs: [relativeToRoot(DEFAULT_NAME_KEYS_PATH)],
  // The key rules live in placeKey.ts and nameIndex.ts.
  inputs: [GAZETTEER_OUTPUT, "src/pipeline/placeKey.ts", "src/pipeline/nameIndex.ts", "src/pipeline/nameKeysFile.ts", "scripts/geodata/nameKeysStep.ts"],
  run: () => {
    const gazetteer = loadDefaultGazetteerWithAdmin(DEFAULT_GAZETTEER_PATH);
    const file = encodeNameKeys(gazetteer.entries, gazetteer.digests);
    const bytes = writeFileAtomic(relativeToRoot(DEFAULT_NAME_KEYS_PATH), JSON.stringify(file));
    return `${file.keys.length} entries, ${file.keys.reduce((n, keys) => n + keys.length, 0)} keys, ${formatBytes(bytes)}`;
  },
};
