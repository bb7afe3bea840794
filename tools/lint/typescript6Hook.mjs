// The import half of typescript6.mjs (module hooks run in their own thread, so they live in their own file).
let typescriptUrl;

export function initialize(data) {
  typescriptUrl = data.typescriptUrl;
}

export function resolve(specifier, context, next) {
  return specifier === "typescript" ? { url: typescriptUrl, shortCircuit: true } : next(specifier, context);
}
