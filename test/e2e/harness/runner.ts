import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { emptyIncidents, watchContext, watchPage, type PageIncidents } from "./page-watch";
import type { Sites } from "./servers";
import { desktop, type E2eData, type Spec } from "./spec";
import { makeSpecContext, screenshotDir } from "./spec-context";

export type RunTotals = { passed: number; failed: number; cspViolations: number };

type Env = { browser: Browser; sites: Sites; data: E2eData };

const defaultTimeoutMs = 45_000;

export async function runSpecs(specs: Spec[], env: Env): Promise<RunTotals> {
  const totals: RunTotals = { passed: 0, failed: 0, cspViolations: 0 };
  for (const spec of specs) {
    const started = Date.now();
    const { error, incidents, notes } = await runOne(spec, env);
    if (!spec.expectCspViolations)
      totals.cspViolations += incidents.cspViolations.length + incidents.cspConsoleErrors.length;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (error === null) {
      totals.passed += 1;
      console.log(`  ok    ${spec.name} (${seconds}s)`);
    } else {
      totals.failed += 1;
      console.log(`  FAIL  ${spec.name} (${seconds}s)\n${indent(describe(error))}`);
      // The page's own complaints often say why a spec failed.
      for (const text of incidents.consoleErrors) console.log(indent(`console: ${text}`));
    }
    for (const note of notes) console.log(indent(`note: ${note}`));
  }
  return totals;
}

async function runOne(spec: Spec, env: Env) {
  const viewport = spec.viewport ?? desktop;
  const incidents = emptyIncidents();
  const notes: string[] = [];
  const colorScheme = spec.colorScheme ?? "light";
  const context = await env.browser.newContext({ viewport, colorScheme });
  // A missing element fails in seconds, not at the whole spec's timeout.
  context.setDefaultTimeout(10_000);
  let error: unknown = null;
  try {
    await watchContext(context, incidents);
    const page = await context.newPage();
    watchPage(page, incidents);
    const ctx = makeSpecContext({ page, context, viewport, incidents, notes, ...env });
    try {
      await withTimeout(spec.run(ctx), spec.timeoutMs ?? defaultTimeoutMs);
      checkIncidents(spec, incidents);
    } catch (failure) {
      error = failure;
      await saveFailureShot(spec, page);
    }
  } catch (failure) {
    error = failure;
  } finally {
    await context.close().catch(() => undefined);
  }
  return { error, incidents, notes };
}

/** Whatever a spec asserts, no page may break the CSP, throw uncaught, or open a dialog. */
function checkIncidents(spec: Spec, incidents: PageIncidents): void {
  const problems: string[] = [];
  if (!spec.expectCspViolations) {
    for (const v of incidents.cspViolations)
      problems.push(`CSP violation: ${v.directive} blocked ${v.blocked} at ${v.source}`);
    for (const text of incidents.cspConsoleErrors) problems.push(`CSP console error: ${text}`);
  }
  for (const text of incidents.pageErrors) problems.push(`uncaught page error: ${text}`);
  for (const text of incidents.dialogs) problems.push(`unexpected dialog: ${text}`);
  if (problems.length > 0) throw new Error(problems.join("\n"));
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`spec timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function saveFailureShot(spec: Spec, page: Page) {
  const dir = join(screenshotDir, "failures");
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${spec.name.replace(/[^a-z0-9]+/gi, "-")}.png`);
  await page.screenshot({ path: file }).catch(() => undefined);
}

function describe(error: unknown): string {
  if (error instanceof Error)
    return error.stack?.split("\n").slice(0, 6).join("\n") ?? error.message;
  return String(error);
}

function indent(text: string): string {
  return text.replace(/^/gm, "        ");
}
