import { correctionSchema, correctionsFileSchema, CORRECTIONS_VERSION, type Correction } from "../contract/corrections";
import { schemaProblem } from "../contract/schemaProblem";

/** The file as a whole cannot be used: not JSON, not a corrections file, or another version. */
export class CorrectionsFileError extends Error {}

export interface ParsedCorrections {
  corrections: Correction[];
  /** Entries that were left out, each naming the file, the entry and what was wrong. */
  problems: string[];
}

// A value quoted in a message is cut here: the message names it, it does not reprint it.
const EXCERPT_CHARS = 60;

/**
 * Reads a corrections file. A bad entry costs that entry only (it is named in `problems`);
 * a file that is not a corrections file at all throws, naming the file.
 */
export function parseCorrections(text: string, where: string): ParsedCorrections {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CorrectionsFileError(`${where}: not valid JSON (${(error as Error).message.slice(0, 120)})`);
  }
  const file = correctionsFileSchema.safeParse(json);
  if (!file.success) {
    const version = (json as { version?: unknown } | null)?.version;
    if (typeof version === "number" && version !== CORRECTIONS_VERSION)
      throw new CorrectionsFileError(`${where}: corrections file version ${version}, this tool reads version ${CORRECTIONS_VERSION}`);
    throw new CorrectionsFileError(`${schemaProblem(where, file.error)} (expected {"type": "IncursionMapCorrections", "version": ${CORRECTIONS_VERSION}, "corrections": [...]})`);
  }
  const corrections: Correction[] = [];
  const problems: string[] = [];
  const ids = new Set<string>();
  file.data.corrections.forEach((raw, index) => {
    const entry = correctionSchema.safeParse(raw);
    const label = `corrections[${index}]${entryId(raw)}`;
    if (!entry.success) {
      problems.push(schemaProblem(`${where}: ${label}`, entry.error));
      return;
    }
    if (ids.has(entry.data.id)) {
      problems.push(`${where}: ${label}: id "${excerpt(entry.data.id)}" is used by an earlier entry; ids must be unique`);
      return;
    }
    ids.add(entry.data.id);
    corrections.push(entry.data);
  });
  return { corrections, problems };
}

function entryId(raw: unknown): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === "string" ? ` (id "${excerpt(id)}")` : "";
}

function excerpt(value: string): string {
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, "?");
  return clean.length > EXCERPT_CHARS ? `${clean.slice(0, EXCERPT_CHARS)}…` : clean;
}

/** The file the map downloads and the CLI reads. */
export function serialiseCorrections(corrections: readonly Correction[]): string {
  return `${JSON.stringify({ type: "IncursionMapCorrections", version: CORRECTIONS_VERSION, corrections }, null, 2)}\n`;
}

/**
 * Several files (or a folder of them) read as one list: later files come after earlier ones,
 * and an id seen in an earlier file is a problem in the later one.
 */
export function mergeCorrectionLists(lists: readonly ParsedCorrections[]): ParsedCorrections {
  const seen = new Set<string>();
  const out: ParsedCorrections = { corrections: [], problems: [] };
  for (const list of lists) {
    for (const problem of list.problems) out.problems.push(problem);
    for (const c of list.corrections) {
      if (seen.has(c.id)) {
        out.problems.push(`correction id "${excerpt(c.id)}" appears in more than one file; the first one is used`);
        continue;
      }
      seen.add(c.id);
      out.corrections.push(c);
    }
  }
  return out;
}
