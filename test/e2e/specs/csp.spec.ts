import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Spec } from "../harness/spec";
import { waitForApp } from "../harness/app";
import { eventually } from "../harness/wait";

const distIndex = join(
  process.env.E2E_DIST ?? join(import.meta.dirname, "..", "..", "..", "dist"),
  "index.html",
);

const requiredDirectives = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "connect-src 'self'",
  "img-src 'self' data:",
];

const metaTagIsFirstInHead: Spec = {
  name: "CSP: built index.html starts with the policy and has no inline script",
  run: async () => {
    const html = await readFile(distIndex, "utf8");
    const head = /<head>\s*([\s\S]*?)<\/head>/.exec(html)?.[1] ?? "";
    const meta = /^<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(head);
    assert.ok(meta, "the CSP meta tag must be the first element of <head>, before any script");
    const policy = (meta[1] ?? "").replaceAll("&#39;", "'").replaceAll("&quot;", '"');
    for (const directive of requiredDirectives)
      assert.ok(policy.includes(directive), `policy lacks "${directive}": ${policy}`);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval|\*/);
    const inlineScripts = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>/g)];
    assert.deepEqual(inlineScripts, [], "inline <script> in the built index.html");
  },
};

// A same-origin script (allowed by script-src 'self') that tries eval; served by the test.
const evalProbe = `
  try { window.__evalProbe = (0, eval)("'ran'"); } catch { window.__evalProbe = "blocked"; }
`;

// Without this, "no violations seen" could just mean the listener never works. Code typed
// into page.evaluate is exempt from CSP, so the probes go in as page content.
const policyIsEnforced: Spec = {
  name: "CSP: inline script, inline handler and eval are blocked, and reported",
  expectCspViolations: true,
  run: async ({ page, open, incidents }) => {
    await page.route("**/e2e-eval-probe.js", (route) =>
      route.fulfill({ contentType: "text/javascript", body: evalProbe }),
    );
    await open();
    await waitForApp(page);
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__inlineRan = true";
      document.head.append(script);
      const button = document.createElement("button");
      button.setAttribute("onclick", "window.__handlerRan = true");
      document.body.append(button);
      button.click();
      button.remove();
      const probe = document.createElement("script");
      probe.src = "./e2e-eval-probe.js";
      document.head.append(probe);
    });
    const outcome = await eventually(
      () =>
        page.evaluate(() => {
          const w = window as unknown as Record<string, unknown>;
          return w.__evalProbe === undefined
            ? undefined
            : { inline: w.__inlineRan, handler: w.__handlerRan, evalProbe: w.__evalProbe };
        }),
      "the eval probe script to run",
    );
    assert.deepEqual(outcome, { inline: undefined, handler: undefined, evalProbe: "blocked" });
    await eventually(
      () => incidents.cspViolations.filter((v) => v.directive.startsWith("script-src")).length >= 3,
      "three script-src violations reported through the securitypolicyviolation listener",
    );
    await eventually(
      () => incidents.cspConsoleErrors.length > 0,
      "Chromium's console to report the refusals too",
    );
  },
};

export const cspSpecs: Spec[] = [metaTagIsFirstInHead, policyIsEnforced];
