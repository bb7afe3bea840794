/**
 * The one web-platform global the core uses, provided wherever it runs (Node, browsers, web
 * workers). The core's TypeScript project has neither DOM nor Node types, so that an import
 * of either fails its check; it declares the little it needs here.
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: ArrayBuffer | ArrayBufferView, options?: { stream?: boolean }): string;
}
