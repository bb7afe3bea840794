import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runBuiltCli } from "../cli/builtCli";

/** A fresh folder for one test's inputs and outputs. */
export const tempFolder = (label: string): string => mkdtempSync(join(tmpdir(), `hostile-${label}-`));

/** The article every hostile run carries beside the hostile one: it must always be written. */
export const GOOD_ARTICLE = `---
title: Troops enter Sudzha
outlet: Test Wire
published: 2024-08-07
---
Ukrainian troops entered Sudzha in the Kursk region on Tuesday, officials said.
`;

/** A front-matter article around the given body, published on a day within the campaigns. */
export const article = (body: string, published = "2024-08-07"): string => `---\npublished: ${published}\n---\n${body}\n`;

/** One JSONL article line. */
export const jsonlLine = (text: string, published = "2024-08-07"): string => JSON.stringify({ text, published });

export function writeFiles(folder: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
}

/** The bundled ingest CLI, as `npm run ingest` runs it. */
export const ingest = (...args: string[]) => runBuiltCli("ingest", ...args);

/** Names of the places in a written GeoJSON output, with the articles they came from. */
export function placesBySource(geojson: string): Record<string, string[]> {
  const collection = JSON.parse(geojson) as { features: { properties: { name: string; source_id: string } }[] };
  const out: Record<string, string[]> = {};
  for (const f of collection.features) (out[f.properties.source_id] ??= []).push(f.properties.name);
  return out;
}
