// NOTE: dependency-cruiser reads TypeScript files with TypeScript's JavaScript API, loading
// "typescript" by name from its own folder (a require of its package.json for the version, then
// an import). From there the name reaches the project's TypeScript 7, a native compiler with no
// JavaScript API, and dependency-cruiser would treat every .ts file as unreadable. Loaded with
// `node --import` before dependency-cruiser, this sends that one name to the TypeScript 6 the
// lint tools pin (tools/lint/package.json). Delete it once dependency-cruiser reads TypeScript 7.
import Module, { createRequire, register } from "node:module";
import { dirname } from "node:path";
import { pathToFileURL } from "node:url";

const lintRequire = createRequire(import.meta.url);
const typescriptDir = dirname(lintRequire.resolve("typescript/package.json"));

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const local = request === "typescript" || request.startsWith("typescript/");
  return resolveFilename.call(this, local ? typescriptDir + request.slice("typescript".length) : request, ...rest);
};

register("./typescript6Hook.mjs", import.meta.url, {
  data: { typescriptUrl: pathToFileURL(lintRequire.resolve("typescript")).href },
});
