import { defineConfig, type Plugin } from "vitest/config";
import react from "@vitejs/plugin-react";

// The built site's Content-Security-Policy. Article text and pasted links are untrusted, so
// no inline script and no eval; styles come only from the bundled stylesheet and the CSSOM
// (vis-timeline and React set element.style, which CSP allows; style attributes in markup
// it would not). A meta tag because the site must work on any static host, headers or not.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

// Build only: the dev server injects inline scripts (React refresh) that this policy forbids.
const contentSecurityPolicyMeta: Plugin = {
  name: "content-security-policy-meta",
  apply: "build",
  transformIndexHtml: () => [
    {
      tag: "meta",
      attrs: { "http-equiv": "Content-Security-Policy", content: contentSecurityPolicy },
      injectTo: "head-prepend",
    },
  ],
};

// The same policy as HTTP headers, for hosts that read a `_headers` file (Netlify, Cloudflare
// Pages): only a header can forbid framing (frame-ancestors is ignored in a meta tag), and
// nosniff keeps a data file from being run as a script. README "Security" has the nginx
// equivalent.
export const securityHeaders: [string, string][] = [
  ["Content-Security-Policy", `${contentSecurityPolicy}; frame-ancestors 'none'`],
  ["X-Frame-Options", "DENY"],
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "no-referrer"],
];

export function headersFile(): string {
  return `/*\n${securityHeaders.map(([name, value]) => `  ${name}: ${value}\n`).join("")}`;
}

const staticHostHeaders: Plugin = {
  name: "static-host-headers",
  apply: "build",
  generateBundle() {
    this.emitFile({ type: "asset", fileName: "_headers", source: headersFile() });
  },
};

const TEST_TIMEOUT_MS = 20000;
// Pipeline tests that keep to a module graph of their own: vi.mock replaces a module for the
// whole graph it runs in, and lmdb keeps its open stores per process (a store test failed once
// among the others, though never alone).
const OWN_GRAPH_TESTS = [
  "test/pipeline/build-dataset.test.ts",
  "test/pipeline/run/record-cache.test.ts",
];

// base "./" keeps every asset URL relative, so the built site works from any sub-path
// of a static host without server rewrites (deep links live in the query string).
export default defineConfig({
  base: "./",
  plugins: [react(), contentSecurityPolicyMeta, staticHostHeaders],
  build: {
    target: "es2022",
    sourcemap: false,
  },
  // Three projects. The pipeline's tests are pure functions over files and strings, in Node:
  // they share one module graph per worker (isolate: false), which cut the suite's CPU for them
  // by about 60% (importing the extractor again for each of 274 files was most of it). The
  // app's tests render React in jsdom, and OWN_GRAPH_TESTS, stay isolated.
  test: {
    projects: [
      {
        test: {
          name: "pipeline",
          include: ["test/pipeline/**/*.test.ts"],
          exclude: OWN_GRAPH_TESTS,
          environment: "node",
          isolate: false,
          testTimeout: TEST_TIMEOUT_MS,
          // Some suites build the seeds with the CLI before their tests (two builds in
          // cli-safety's): on a loaded 2-core machine that took longer than the 10 s default.
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: "app",
          environment: "jsdom",
          include: ["test/**/*.test.{ts,tsx}"],
          exclude: ["test/e2e/**", "node_modules/**", "test/pipeline/**"],
          setupFiles: ["test/setup.ts"],
          testTimeout: TEST_TIMEOUT_MS,
        },
      },
      {
        test: {
          name: "own-graph",
          environment: "node",
          include: OWN_GRAPH_TESTS,
          testTimeout: TEST_TIMEOUT_MS,
        },
      },
    ],
  },
});
