import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist", "node_modules", "public/data", "test/e2e/screenshots"] },
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
    // Only the timeline wrapper may touch vis-timeline (one place to swap or upgrade it).
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/features/timeline/timeline-view.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["vis-timeline*", "vis-data*"],
              message: "Import vis-timeline only in timeline-view.tsx.",
            },
          ],
        },
      ],
    },
  },
  {
    // The browser bundle must never pull in build-step code.
    files: [
      "src/shared/**",
      "src/data/**",
      "src/url/**",
      "src/features/**",
      "src/components/**",
      "src/app/**",
    ],
    ignores: ["src/features/timeline/timeline-view.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/pipeline/**", "node:*", "compromise", "chrono-node"],
              message: "Browser code must not import the build step.",
            },
            {
              group: ["vis-timeline*", "vis-data*"],
              message: "Import vis-timeline only in timeline-view.tsx.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/features/timeline/timeline-view.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/pipeline/**", "node:*", "compromise", "chrono-node"],
              message: "Browser code must not import the build step.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["vite.config.ts", "eslint.config.js"],
    rules: { "no-restricted-syntax": "off" },
  },
);
