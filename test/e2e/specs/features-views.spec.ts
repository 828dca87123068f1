import assert from "node:assert/strict";
import type { Locator } from "playwright-core";
import { dashboard, waitForApp } from "../harness/app";
import { describeFindings, scanAccessibility } from "../harness/axe";
import { desktop, phone, type Spec, type SpecContext, type Viewport } from "../harness/spec";

type Scan = Awaited<ReturnType<typeof scanAccessibility>>;

async function capture(ctx: SpecContext, name: string, focus: Locator, scans: Scan[]) {
  await focus.evaluate((el) => el.scrollIntoView({ block: "start" }));
  await ctx.screenshot(name);
  scans.push(await scanAccessibility(ctx.page, name));
}

/** The views this branch adds: search hits, date range and outlets, cite, export. */
async function walk(ctx: SpecContext, prefix: string): Promise<Scan[]> {
  const { page, data } = ctx;
  const ui = dashboard(page);
  const scans: Scan[] = [];
  const summit = data.main.events.find((e) => /summit/i.test(e.title) && e.start !== null);
  assert.ok(summit);
  // Search hits in the list first: a phone shows a selected event full-screen, without it.
  await ctx.open("q=summit&since=2020-01-01&view=list");
  await waitForApp(page);
  await page.locator("mark.search-hit").first().waitFor();
  await capture(ctx, `${prefix}search-hits`, ui.activeFilters, scans);
  if (await ui.showFilters.isVisible()) await ui.showFilters.click();
  await capture(ctx, `${prefix}date-range`, ui.facet("Date range"), scans);
  await capture(ctx, `${prefix}outlets`, ui.facet("Outlets"), scans);
  await ctx.open(`q=summit&since=2020-01-01&event=${encodeURIComponent(summit.id)}&view=list`);
  await waitForApp(page);
  await capture(ctx, `${prefix}cite`, ui.detail, scans);

  await ctx.open();
  await waitForApp(page);
  await page.getByRole("main").getByText("Export", { exact: true }).click();
  const menu = page.getByRole("group", { name: /^Export the \d+ events shown$/ });
  await menu.getByRole("button", { name: "Download calendar (.ics)" }).click();
  await menu.getByRole("status").filter({ hasText: "Saved" }).waitFor();
  await capture(ctx, `${prefix}export`, ui.eventsPanel, scans);
  return scans;
}

function featureViews(viewport: Viewport, colorScheme: "light" | "dark"): Spec {
  return {
    name: `feature views (${colorScheme}) at ${viewport.width}x${viewport.height}: screenshots and axe`,
    viewport,
    colorScheme,
    timeoutMs: 90_000,
    run: async (ctx) => {
      const prefix = colorScheme === "dark" ? "dark-" : "";
      const scans = await walk(ctx, prefix);
      const blocking = scans.flatMap((s) =>
        s.blocking.map((f) => ({ ...f, id: `${s.view}: ${f.id}` })),
      );
      assert.equal(
        blocking.length,
        0,
        `serious/critical axe findings:\n${describeFindings(blocking)}`,
      );
    },
  };
}

export const featureViewSpecs: Spec[] = [
  featureViews(desktop, "light"),
  featureViews(phone, "light"),
  featureViews(desktop, "dark"),
  featureViews(phone, "dark"),
];
