// The rules live with the lint tools' own packages (tools/lint/, see README "Layers and lint").
export { default } from "./tools/lint/eslint.config.js";
