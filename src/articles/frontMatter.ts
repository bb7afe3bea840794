import { CORE_SCHEMA, load as loadYaml, YAMLException } from "js-yaml";
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
    raw = loadYaml(yamlText, { schema: CORE_SCHEMA, filename: where }) ?? {};
  } catch (error) {
    // The YAML starts on the file's line 2, after the opening fence.
    const line = error instanceof YAMLException && error.mark ? `:${error.mark.line + 2}` : "";
    const message = error instanceof YAMLException ? error.reason : String(error);
    throw new Error(`${where}${line}: front matter is not valid YAML: ${message}`);
  }
  return { metadata: parseMetadata(raw, `${where}: front matter`), body: source.slice(3 + close.index + close[0].length) };
}
