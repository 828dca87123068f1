import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import regexp from "eslint-plugin-regexp";
import globals from "globals";
import { readdirSync } from "node:fs";
import { createNodeResolver, importX } from "eslint-plugin-import-x";

// Import boundaries: the browser bundle never pulls in build-step code, and only the
// timeline wrapper touches vis-timeline (one place to swap or upgrade it).
const buildStepOnly = {
  group: ["**/pipeline/**", "node:*", "compromise", "chrono-node", "wink-*"],
  message: "Browser code must not import the build step.",
};
const timelineLibrary = {
  group: ["vis-timeline*", "vis-data*"],
  message: "Import vis-timeline only in src/features/timeline/timeline-view.tsx.",
};
const timelineWrapper = "src/features/timeline/timeline-view.tsx";
const browserCode = [
  "src/shared/**",
  "src/data/**",
  "src/url/**",
  "src/features/**",
  "src/components/**",
  "src/app/**",
];
const restrictImports = (...patterns) => ({
  "no-restricted-imports": ["error", { patterns }],
});

// Layers, imported one way only (bulletproof-react's zones): shared -> data -> url ->
// features -> app, with components (shared UI) beside data. Each zone names a folder and
// what it must not import.
const layer = (target, from, message) => ({ target, from, message });
const layerZones = [
  layer(
    "./src/shared",
    [
      "./src/data",
      "./src/url",
      "./src/components",
      "./src/features",
      "./src/app",
      "./src/pipeline",
    ],
    "shared imports nothing above it.",
  ),
  layer(
    "./src/data",
    ["./src/url", "./src/components", "./src/features", "./src/app", "./src/pipeline"],
    "data imports only shared.",
  ),
  layer(
    "./src/url",
    ["./src/components", "./src/features", "./src/app", "./src/pipeline"],
    "url imports only shared and data.",
  ),
  layer(
    "./src/components",
    ["./src/data", "./src/url", "./src/features", "./src/app", "./src/pipeline"],
    "components are shared UI: they import only shared.",
  ),
  layer(
    "./src/features",
    ["./src/app", "./src/pipeline"],
    "features never import the app or the build step.",
  ),
  layer(
    "./src/pipeline",
    ["./src/data", "./src/url", "./src/components", "./src/features", "./src/app"],
    "the build step imports only shared.",
  ),
];
// Features stay apart; the app composes them. The exceptions (README, Architecture): every
// feature may use `filters` (the filtered view), and every feature but `filters` may use
// `events` (selection, dates, citations).
const features = readdirSync("src/features", { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const sharedFeatures = { filters: [], events: ["filters"] };
const featureZones = features.map((name) => ({
  target: `./src/features/${name}`,
  from: "./src/features",
  except: [`./${name}`, ...(sharedFeatures[name] ?? ["filters", "events"]).map((f) => `./${f}`)],
  message: `features/${name} may import only ${["its own folder", ...(sharedFeatures[name] ?? ["filters", "events"])].join(", ")} among the features.`,
}));

export default tseslint.config(
  { ignores: ["dist", "node_modules", "public/data", "test/e2e/screenshots", "test/e2e/.out"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        { selector: "ExportDefaultDeclaration", message: "Use named exports." },
      ],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: [timelineWrapper],
    rules: restrictImports(timelineLibrary),
  },
  {
    files: browserCode,
    ignores: [timelineWrapper],
    rules: restrictImports(buildStepOnly, timelineLibrary),
  },
  { files: [timelineWrapper], rules: restrictImports(buildStepOnly) },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "import-x": importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      "import-x/resolver": undefined,
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js"] })],
    },
    rules: {
      "import-x/no-restricted-paths": ["error", { zones: [...layerZones, ...featureZones] }],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  // The build's launcher and what it runs before any TypeScript loader: plain Node modules.
  { files: ["src/pipeline/*.mjs"], languageOptions: { globals: globals.node } },
  {
    // Config files and type declarations for packages that export a default must use one.
    files: ["vite.config.ts", "eslint.config.js", "test/types/*.d.ts"],
    rules: { "no-restricted-syntax": "off" },
  },
  // Article text is untrusted and can be huge: no pattern may backtrack or rescan without bound.
  // Also the plugin's recommended "possible errors" rules that the code already passes; left
  // out for now: no-dupe-disjunctions, no-useless-assertions and no-contradiction-with-assertion
  // (15 dead alternatives or assertions in date, participant and cue patterns: no effect on
  // matches or time, to be tidied with those files).
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { regexp },
    rules: {
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
      ...Object.fromEntries(
        [
          "no-empty-alternative",
          "no-empty-capturing-group",
          "no-empty-character-class",
          "no-empty-group",
          "no-empty-lookarounds-assertion",
          "no-escape-backspace",
          "no-invalid-regexp",
          "no-lazy-ends",
          "no-misleading-capturing-group",
          "no-misleading-unicode-character",
          "no-missing-g-flag",
          "no-optional-assertion",
          "no-potentially-useless-backreference",
          "no-useless-backreference",
          "no-useless-dollar-replacements",
          "strict",
        ].map((rule) => [`regexp/${rule}`, "error"]),
      ),
    },
  },
);
