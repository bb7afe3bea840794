import type { UnresolvedPlace } from "../contract/placeReport";
import { AtomicFile, BatchedText, writeFileAtomic } from "./atomicWrite";

/**
 * Where place reports go as they are made, so an archive's output is never held in
 * memory, nor in one string (V8 strings end at about 512 MB: some 35,000 articles of
 * GeoJSON). A GeoJSON output is the same bytes `JSON.stringify` gives for the whole
 * collection; a JSONL output is one report per line.
 */
export interface ReportSink {
  /** One report as `reportJson` gives it. */
  add(reportJson: string): void;
  /** Completes the output with the names no entry was found for, and writes the sidecar beside a file. */
  finish(unresolved: readonly UnresolvedPlace[]): void;
  /** Gives up: a file output stays as it was (what went to stdout has gone). */
  abandon(): void;
}

interface TextOut {
  write(text: string): void;
  commit(): void;
  abandon(): void;
}

/** Opens the output (`-` is stdout). Throws the system's error when a file cannot be created there. */
export function openReportSink(out: string, jsonl: boolean): ReportSink {
  const text: TextOut = out === "-" ? stdoutText() : new AtomicFile(out);
  let first = true;
  if (!jsonl) text.write('{"type":"FeatureCollection","features":[');
  return {
    add(json) {
      if (jsonl) text.write(`${json}\n`);
      else text.write(first ? json : `,${json}`);
      first = false;
    },
    finish(unresolved) {
      if (!jsonl) text.write(`],"unresolved":${JSON.stringify(unresolved)}}\n`);
      text.commit();
      if (out !== "-") writeFileAtomic(sidecarPath(out), [JSON.stringify(unresolved, null, 2), "\n"]);
    },
    abandon() {
      text.abandon();
    },
  };
}

/** `sample.geojson` → `sample.unresolved.json`: the editor's list of names the gazetteer could not place. */
function sidecarPath(out: string): string {
  return out.replace(/(\.geojson|\.jsonl|\.ndjson|\.json)?$/i, ".unresolved.json");
}

// Writes to files and pipes on stdout are synchronous on Linux, so pieces leave as they are batched.
function stdoutText(): TextOut {
  const batched = new BatchedText((text) => process.stdout.write(text));
  return { write: (text) => batched.write(text), commit: () => batched.flush(), abandon: () => batched.clear() };
}
