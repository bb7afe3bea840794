// NOTE: dependency-cruiser, typescript-eslint and ts-api-utils read TypeScript files with
// TypeScript's JavaScript API, loading "typescript" by name (a require, or for
// dependency-cruiser a require of its package.json then an import). Hoisted to the root's
// node_modules, that name reaches the project's TypeScript 7: a native compiler with no
// JavaScript API, on which they fail or read nothing. Loaded with `node --import` before
// either tool (`npm run lint`), this sends that one name to the TypeScript 6 the lint tools
// pin (tools/lint/package.json). Delete it once both read TypeScript 7.
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
