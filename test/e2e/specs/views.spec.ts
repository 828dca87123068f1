import assert from "node:assert/strict";
import type { Locator } from "playwright-core";
import { dashboard, waitForApp } from "../harness/app";
import { describeFindings, scanAccessibility, type AxeFinding } from "../harness/axe";
import { pickOfficial, pickQuotedEvent } from "../harness/data-picks";
import { desktop, phone, type Spec, type SpecContext, type Viewport } from "../harness/spec";

type Scan = Awaited<ReturnType<typeof scanAccessibility>>;

/** Screenshot the view with `focus` scrolled into sight, then scan the whole page with axe. */
async function capture(ctx: SpecContext, name: string, focus: Locator, scans: Scan[]) {
  await focus.evaluate((el) => el.scrollIntoView({ block: "start" }));
  await ctx.screenshot(name);
  scans.push(await scanAccessibility(ctx.page, name));
}

async function walkViews(ctx: SpecContext): Promise<Scan[]> {
  const { page, data } = ctx;
  const ui = dashboard(page);
  const scans: Scan[] = [];
  await ctx.open();
  await waitForApp(page);
  await ui.timeline.waitFor();
  await capture(ctx, "timeline", ui.eventsPanel, scans);

  if (await ui.showFilters.isVisible()) await ui.showFilters.click();
  await ui.facetBox("Officials", pickOfficial(data.main).name).check();
  await capture(ctx, "filters", ui.facet("Officials"), scans);
  await ui.activeFilters.getByRole("button", { name: "Clear all filters" }).click();

  const event = pickQuotedEvent(data.main);
  await ctx.open(`event=${encodeURIComponent(event.id)}`);
  await waitForApp(page);
  await ui.compare.locator("mark").first().waitFor();
  await capture(ctx, "event-detail", ui.detail, scans);
  await ui.compare.evaluate((el) => el.scrollIntoView({ block: "start" }));
  await ctx.screenshot("articles");

  await ui.viewButton("List").click();
  await capture(ctx, "list", ui.eventList, scans);

  await ctx.replyToDataset({ kind: "status", status: 404 });
  await ctx.open();
  const alert = page.getByRole("alert");
  await alert.waitFor();
  await capture(ctx, "error", alert, scans);
  return scans;
}

function viewsSpec(viewport: Viewport): Spec {
  return {
    name: `views at ${viewport.width}x${viewport.height}: screenshots and axe scans`,
    viewport,
    timeoutMs: 90_000,
    run: async (ctx) => {
      const scans = await walkViews(ctx);
      const minor = scans.flatMap((s) => s.minor.map((f) => ({ ...f, id: `${s.view}: ${f.id}` })));
      if (minor.length > 0) ctx.note(`axe, not blocking:\n${describeFindings(minor)}`);
      const blocking: AxeFinding[] = scans.flatMap((s) =>
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

// The theme follows the system setting: the dark palette gets its own contrast check.
const darkTheme: Spec = {
  name: "views in the dark theme at 1440x900: screenshots and axe scans",
  colorScheme: "dark",
  run: async (ctx) => {
    const ui = dashboard(ctx.page);
    const scans: Scan[] = [];
    await ctx.open();
    await waitForApp(ctx.page);
    await ui.timeline.waitFor();
    await capture(ctx, "dark-timeline", ui.eventsPanel, scans);
    const event = pickQuotedEvent(ctx.data.main);
    await ctx.open(`event=${encodeURIComponent(event.id)}`);
    await waitForApp(ctx.page);
    await ui.compare.locator("mark").first().waitFor();
    await capture(ctx, "dark-event-detail", ui.detail, scans);
    const blocking = scans.flatMap((s) => s.blocking);
    assert.equal(
      blocking.length,
      0,
      `serious/critical axe findings:\n${describeFindings(blocking)}`,
    );
  },
};

export const viewSpecs: Spec[] = [viewsSpec(desktop), viewsSpec(phone), darkTheme];
