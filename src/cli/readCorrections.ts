import { readFileSync } from "node:fs";
import type { Correction } from "../contract/corrections";
import { CorrectionsFileError, mergeCorrectionLists, parseCorrections, type ParsedCorrections } from "../corrections/parseCorrections";
import { UsageError } from "./command";
import { expandInputs } from "./inputs";

export interface LoadedCorrections extends ParsedCorrections {
  /** The file each decision came from, for messages. */
  fileOf: Map<string, string>;
}

/**
 * Reads corrections files and folders of them (`*.json`). A file that cannot be read or is
 * not a corrections file throws `CorrectionsFileError` (the run must not go on without it);
 * bad entries are returned as problems and the rest apply.
 */
function readCorrections(paths: readonly string[]): LoadedCorrections {
  const { files, missing } = expandInputs([...paths], [".json"]);
  if (missing.length > 0) throw new CorrectionsFileError(`${missing[0]}: no such corrections file or folder`);
  const lists: ParsedCorrections[] = [];
  const fileOf = new Map<string, string>();
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      throw new CorrectionsFileError(`${file}: cannot read the corrections file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    const parsed = parseCorrections(text, file);
    for (const c of parsed.corrections) if (!fileOf.has(c.id)) fileOf.set(c.id, file);
    lists.push(parsed);
  }
  return { ...mergeCorrectionLists(lists), fileOf };
}

/**
 * The editors' decisions for a run: an unusable file is bad usage (the run stops before any
 * work), a bad entry only costs itself and is said on stderr.
 */
export function loadCorrections(paths: readonly string[]): LoadedCorrections {
  try {
    const loaded = readCorrections(paths);
    for (const problem of loaded.problems) process.stderr.write(`corrections: ${problem}; entry skipped\n`);
    return loaded;
  } catch (error) {
    if (error instanceof CorrectionsFileError) throw new UsageError(error.message);
    throw error;
  }
}

/** One line per anchored decision that found nothing in an article this run read. */
export function unmatchedLines(corrections: readonly Correction[], matched: ReadonlySet<string>, seenArticles: ReadonlySet<string>, fileOf: ReadonlyMap<string, string>): { lines: string[]; elsewhere: number } {
  const lines: string[] = [];
  let elsewhere = 0;
  for (const c of corrections) {
    if (!("anchor" in c) || !c.anchor || matched.has(c.id)) continue;
    if (!seenArticles.has(c.anchor.source_id)) {
      elsewhere++;
      continue;
    }
    lines.push(`${fileOf.get(c.id) ?? "corrections"}: ${c.id} (${c.action} "${c.anchor.mention}" in ${c.anchor.source_id}): matches nothing in this run; the article no longer names it in that sentence`);
  }
  return { lines, elsewhere };
}
