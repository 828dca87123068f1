import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { extname, join } from "node:path";
import type { Route } from "playwright-core";
import type { Spec } from "../harness/spec";

const distDir = process.env.E2E_DIST ?? join(import.meta.dirname, "..", "..", "..", "dist");
const siteOrigin = "http://dashboard.example";
const otherOrigin = "http://elsewhere.example";

/** The headers a Netlify/Cloudflare-style host takes from the built `_headers` file. */
async function headersFromFile(): Promise<Record<string, string>> {
  const text = await readFile(join(distDir, "_headers"), "utf8");
  const lines = text.split("\n");
  assert.equal(lines[0], "/*", "_headers applies to every path");
  return Object.fromEntries(
    lines
      .slice(1)
      .filter((l) => l.trim() !== "")
      .map((l) => {
        const at = l.indexOf(":");
        return [l.slice(0, at).trim().toLowerCase(), l.slice(at + 1).trim()];
      }),
  );
}

const types: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

function serveDist(headers: Record<string, string>) {
  return async (route: Route) => {
    const path = new URL(route.request().url()).pathname;
    const file = join(distDir, path === "/" ? "index.html" : path);
    const body = await readFile(file).catch(() => null);
    if (!body) return route.fulfill({ status: 404, body: "not found" });
    await route.fulfill({
      status: 200,
      headers: { ...headers, "content-type": types[extname(file)] ?? "application/octet-stream" },
      body,
    });
  };
}

/** Whether another site's page, framing the dashboard, ends up showing it. */
async function framedShows(
  ctx: Parameters<Spec["run"]>[0],
  headers: Record<string, string>,
): Promise<boolean> {
  const { page } = ctx;
  await page.route(`${siteOrigin}/**`, serveDist(headers));
  await page.route(`${otherOrigin}/**`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><title>other</title><iframe src="${siteOrigin}/" width="800" height="600"></iframe>`,
    }),
  );
  await page.goto(`${otherOrigin}/`);
  await page.waitForTimeout(1500);
  const frame = page.frames().find((f) => f.url().startsWith(siteOrigin));
  const shown = frame
    ? await frame
        .locator("#root")
        .count()
        .then((n) => n > 0)
        .catch(() => false)
    : false;
  await page.unrouteAll({ behavior: "ignoreErrors" });
  return shown;
}

const framingRefused: Spec = {
  name: "headers: with the built _headers file another site cannot frame the dashboard",
  expectCspViolations: true,
  run: async (ctx) => {
    const headers = await headersFromFile();
    assert.match(headers["content-security-policy"] ?? "", /frame-ancestors 'none'/);
    assert.equal(headers["x-frame-options"], "DENY");
    assert.equal(headers["x-content-type-options"], "nosniff");
    // Control: served without the headers, the frame does load, so the check can fail.
    assert.equal(await framedShows(ctx, {}), true, "the unprotected site loads in a frame");
    assert.equal(await framedShows(ctx, headers), false, "the protected site is framed");
  },
};

export const headerSpecs: Spec[] = [framingRefused];
