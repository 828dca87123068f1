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

// base "./" keeps every asset URL relative, so the built site works from any sub-path
// of a static host without server rewrites (deep links live in the query string).
export default defineConfig({
  base: "./",
  plugins: [react(), contentSecurityPolicyMeta],
  build: {
    target: "es2022",
    sourcemap: false,
  },
  test: {
    environment: "jsdom",
    include: ["test/**/*.test.{ts,tsx}"],
    exclude: ["test/e2e/**", "node_modules/**"],
    setupFiles: ["test/setup.ts"],
    testTimeout: 20000,
  },
});
