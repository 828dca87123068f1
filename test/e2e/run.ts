import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium } from "./harness/browser";
import { loadE2eData } from "./harness/datasets";
import { runSpecs } from "./harness/runner";
import { startSites, type Sites } from "./harness/servers";
import { screenshotDir } from "./harness/spec-context";
import { allSpecs } from "./specs/all-specs";

// Entry point of `npm run test:e2e` (after `npm run build`). Optional arguments filter specs
// by name, e.g. `tsx test/e2e/run.ts injection`; E2E_DIST points at another built site.
const distDir = process.env.E2E_DIST ?? join(import.meta.dirname, "..", "..", "dist");

async function main(): Promise<number> {
  const filters = process.argv.slice(2).map((f) => f.toLowerCase());
  const specs = allSpecs.filter(
    (spec) => filters.length === 0 || filters.some((f) => spec.name.toLowerCase().includes(f)),
  );
  if (!existsSync(join(distDir, "index.html")))
    throw new Error("dist/ is missing: run npm run build");
  // Stale pictures would mislead whoever looks at them: a full run starts from none.
  await rm(filters.length === 0 ? screenshotDir : join(screenshotDir, "failures"), {
    recursive: true,
    force: true,
  });
  const data = await loadE2eData(distDir);
  let sites: Sites | null = null;
  let browser: Browser | null = null;
  const stop = async () => {
    await browser?.close().catch(() => undefined);
    await sites?.close();
  };
  process.once("SIGINT", () => void stop().then(() => process.exit(130)));
  process.once("SIGTERM", () => void stop().then(() => process.exit(143)));
  try {
    sites = await startSites(distDir);
    browser = await launchChromium();
    console.log(`e2e: ${specs.length} specs; site at ${sites.rootUrl} and ${sites.subPathUrl}`);
    const totals = await runSpecs(specs, { browser, sites, data });
    console.log(`CSP violations across the run: ${totals.cspViolations}`);
    console.log(`e2e: ${totals.passed} passed, ${totals.failed} failed`);
    return totals.failed === 0 && specs.length > 0 ? 0 : 1;
  } finally {
    await stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    console.log("e2e: 0 passed, 1 failed");
    process.exit(1);
  },
);
