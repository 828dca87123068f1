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

async function walkViews(ctx: SpecContext, scheme: string): Promise<Scan[]> {
  const { page, data } = ctx;
  const ui = dashboard(page);
  const onPhone = ctx.viewport.width <= 760;
  const name = (view: string) => `${scheme}-${view}`;
  const scans: Scan[] = [];
  await ctx.open(onPhone ? "view=timeline" : "");
  await waitForApp(page);
  await ui.timeline.waitFor();
  await capture(ctx, name("timeline"), ui.eventsPanel, scans);

  await ui.viewButton("List").click();
  await capture(ctx, name("list"), ui.eventList, scans);

  if (onPhone) await ui.showFilters.click();
  await ui.facetBox("Officials", pickOfficial(data.main).name).check();
  await capture(ctx, name("filters"), ui.facet("Officials"), scans);
  if (onPhone) await ui.applyFilters.click();
  await ui.activeFilters.getByRole("button", { name: "Clear all filters" }).click();

  const event = pickQuotedEvent(data.main);
  await ctx.open(`event=${encodeURIComponent(event.id)}`);
  await waitForApp(page);
  await ui.compare.locator("mark").first().waitFor();
  await capture(ctx, name("event-detail"), ui.detail, scans);
  await ui.compare.evaluate((el) => el.scrollIntoView({ block: "start" }));
  await ctx.screenshot(name("articles"));

  await ctx.replyToDataset({ kind: "status", status: 404 });
  await ctx.open();
  const alert = page.getByRole("alert");
  await alert.waitFor();
  await capture(ctx, name("error"), alert, scans);
  return scans;
}

// The theme follows the system setting: each palette gets its own contrast check, at both
// widths.
function viewsSpec(viewport: Viewport, colorScheme: "light" | "dark"): Spec {
  return {
    name: `views at ${viewport.width}x${viewport.height}, ${colorScheme}: screenshots and axe scans`,
    viewport,
    colorScheme,
    timeoutMs: 90_000,
    run: async (ctx) => {
      const scans = await walkViews(ctx, colorScheme);
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

export const viewSpecs: Spec[] = [
  viewsSpec(desktop, "light"),
  viewsSpec(phone, "light"),
  viewsSpec(desktop, "dark"),
  viewsSpec(phone, "dark"),
];
