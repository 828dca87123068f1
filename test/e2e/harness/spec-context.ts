import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { BrowserContext, Page, Route } from "playwright-core";
import type { PageIncidents } from "./page-watch";
import type { Sites } from "./servers";
import type { DatasetReply, E2eData, SpecContext, Viewport } from "./spec";

export const screenshotDir = join(import.meta.dirname, "..", "screenshots");

type Parts = {
  page: Page;
  context: BrowserContext;
  data: E2eData;
  viewport: Viewport;
  incidents: PageIncidents;
  sites: Pick<Sites, "rootUrl" | "subPathUrl">;
  notes: string[];
};

const datasetPattern = "**/data/timeline.json*";
const datasetFilesPattern = "**/data/timeline.files/**";

export function makeSpecContext(parts: Parts): SpecContext {
  const { page, sites, viewport } = parts;
  return {
    page,
    context: parts.context,
    data: parts.data,
    viewport,
    incidents: parts.incidents,
    rootUrl: sites.rootUrl,
    subPathUrl: sites.subPathUrl,
    open: async (query = "", options = {}) => {
      const base = options.at === "subPath" ? sites.subPathUrl : sites.rootUrl;
      await page.goto(query === "" ? base : `${base}?${query}`, { waitUntil: "domcontentloaded" });
    },
    replyToDataset: async (reply) => {
      await page.route(datasetPattern, (route) => answer(route, reply));
      const files = reply.kind === "json" ? reply.files : undefined;
      if (files) await page.route(datasetFilesPattern, (route) => answerFile(route, files));
    },
    restoreDataset: async () => {
      await page.unroute(datasetPattern);
      await page.unroute(datasetFilesPattern);
    },
    screenshot: async (name) => {
      await mkdir(screenshotDir, { recursive: true });
      const file = join(screenshotDir, `${name}-${viewport.width}x${viewport.height}.png`);
      await page.screenshot({ path: file, fullPage: false });
    },
    note: (message) => parts.notes.push(message),
  };
}

async function answer(route: Route, reply: DatasetReply): Promise<void> {
  if (reply.kind === "hold") return; // never answered: the loading state stays up
  if (reply.kind === "status") {
    await route.fulfill({ status: reply.status, contentType: "text/plain", body: "not found" });
    return;
  }
  if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
  if (reply.releasedBy) await reply.releasedBy;
  await route
    .fulfill({ status: 200, contentType: "application/json", body: reply.body })
    .catch(() => undefined); // the page may have gone while we waited
}

async function answerFile(route: Route, files: Map<string, string>): Promise<void> {
  const path = new URL(route.request().url()).pathname;
  const name = [...files.keys()].find((p) => path.endsWith(`/${p}`));
  await route
    .fulfill(
      name === undefined
        ? { status: 404, contentType: "text/plain", body: "not found" }
        : { status: 200, contentType: "application/json", body: files.get(name) ?? "" },
    )
    .catch(() => undefined);
}
