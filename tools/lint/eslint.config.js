import { fileURLToPath } from "node:url";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/**
 * A small rule set for what the typechecker lets through here: promises nobody awaits or
 * catches (a failed fetch or IndexedDB write that vanishes), promises handed to places that
 * ignore them (event handlers), imports kept for their types only, dead variables, `any`,
 * and React hooks used out of order or with missing dependencies. No style rules.
 */
export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "build/", "coverage/", "public/", "data/", ".tmp/", "bench/out/", "tools/"] },
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: REPO_ROOT },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    plugins: { "@typescript-eslint": tseslint.plugin, "react-hooks": reactHooks },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/await-thenable": "error",
      // `typeof import("jsdom")` stays allowed: it types a module loaded when first needed.
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports", disallowTypeAnnotations: false }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/no-explicit-any": "error",
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
);
