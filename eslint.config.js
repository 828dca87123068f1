import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

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
  { files: ["vite.config.ts", "eslint.config.js"], rules: { "no-restricted-syntax": "off" } },
);
