import { CORE_SCHEMA, load as loadYaml, YAMLException, type EventType, type State } from "js-yaml";
import { parseMetadata, type ArticleMetadata } from "./metadata";

/** Splits optional YAML front matter (`---` fenced, at the very start) from the body. */
export function splitFrontMatter(text: string, where: string): { metadata: ArticleMetadata; body: string } {
  const source = text.replace(/^\uFEFF/, "");
  if (!/^---[ \t]*\r?\n/.test(source)) return { metadata: {}, body: source };
  const close = /\r?\n---[ \t]*(?:\r?\n|$)/.exec(source.slice(3));
  if (!close) throw new Error(`${where}: front matter opened on line 1 is never closed with '---'`);
  const yamlText = source.slice(source.indexOf("\n") + 1, 3 + close.index);
  let raw: unknown;
  try {
    // YAML 1.2's core schema: `published: 2024-08-07` stays the day as written, not a Date.
    // Anchors are refused as they are read, so no alias can make a small file stand for a huge value.
    raw = loadYaml(yamlText, { schema: CORE_SCHEMA, filename: where, listener: refuseAnchors }) ?? {};
  } catch (error) {
    // The YAML starts on the file's line 2, after the opening fence.
    const line = error instanceof YAMLException && error.mark ? `:${error.mark.line + 2}` : "";
    const message = error instanceof YAMLException ? error.reason : error instanceof Error ? error.message : String(error);
    throw new Error(`${where}${line}: front matter is not valid YAML: ${message}`);
  }
  return { metadata: parseMetadata(raw, `${where}: front matter`), body: source.slice(3 + close.index + close[0].length) };
}

/**
 * Front matter is a flat mapping of plain values; an anchor (`&name`) only serves aliases
 * (`*name`), which can expand a few hundred bytes into gigabytes ("billion laughs").
 */
function refuseAnchors(eventType: EventType, state: State): void {
  // NOTE: js-yaml's loader state carries the node's anchor, which its typings leave out.
  const { anchor } = state as unknown as { anchor: string | null };
  if (eventType === "close" && anchor) throw new Error(`YAML anchors and aliases (&${anchor.slice(0, 40)}) are not allowed in front matter`);
}
