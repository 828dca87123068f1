import assert from "node:assert/strict";
import type { Locator } from "playwright-core";
import type { TimelineEvent } from "../../../src/shared/schema";
import { dashboard, firstTitleInView, viewParams, waitForApp } from "../harness/app";
import { articleTitle, pickQuotedEvent, quotedEvents } from "../harness/data-picks";
import type { Spec, SpecContext } from "../harness/spec";
import { eventually } from "../harness/wait";

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** True when the element shows in the visible part of every scrolling box around it. */
async function isScrolledIntoView(element: Locator): Promise<boolean> {
  return element.evaluate((el) => {
    const box = el.getBoundingClientRect();
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      if (!/(auto|scroll)/.test(getComputedStyle(p).overflowY)) continue;
      const frame = p.getBoundingClientRect();
      if (box.bottom <= frame.top || box.top >= frame.bottom) return false;
    }
    return true;
  });
}

/** Detail shows the event; each source article is open with a stating sentence marked. */
export async function expectSideBySide(ctx: SpecContext, event: TimelineEvent) {
  const ui = dashboard(ctx.page);
  await ui.detail.getByRole("heading", { name: event.title, exact: true }).waitFor();
  await ui.compare.waitFor();
  const articleIds = [...new Set(event.sources.map((s) => s.articleId))];
  for (const articleId of articleIds) {
    const quotes = event.sources
      .filter((s) => s.articleId === articleId)
      .map((s) => squash(s.quote));
    const pane = ui.articlePane(articleTitle(ctx.data.main, articleId));
    const marks = pane.locator("mark");
    await marks.first().waitFor();
    const marked = (await marks.allInnerTexts()).map(squash);
    const hit = marked.findIndex((text) => quotes.some((q) => text.includes(q)));
    assert.ok(hit >= 0, `no mark holds a quote of ${articleId}: marked ${JSON.stringify(marked)}`);
    // The app scrolls the article pane itself; the test scrolls nothing.
    await eventually(
      () => isScrolledIntoView(marks.first()),
      `the stating sentence scrolled into view inside the pane of article ${articleId}`,
    );
  }
}

const fromList: Spec = {
  name: "select from the list: detail and side-by-side articles with the sentence marked",
  run: async (ctx) => {
    const event = pickQuotedEvent(ctx.data.main);
    await ctx.open("view=list");
    await waitForApp(ctx.page);
    const ui = dashboard(ctx.page);
    await ui.eventList.getByRole("option").filter({ hasText: event.title }).first().click();
    await eventually(() => viewParams(ctx.page).get("event") === event.id, "event in the URL");
    await expectSideBySide(ctx, event);
  },
};

const fromTimeline: Spec = {
  name: "select on the timeline: detail opens and the pane scrolls to the marked sentence",
  run: async (ctx) => {
    await ctx.open();
    await waitForApp(ctx.page);
    const ui = dashboard(ctx.page);
    const candidates = quotedEvents(ctx.data.main);
    const title = await firstTitleInView(
      ctx.page,
      candidates.map((e) => e.title),
    );
    const event = candidates.find((e) => e.title === title)!;
    await ui.timeline.getByText(title).first().click();
    await eventually(() => viewParams(ctx.page).get("event") === event.id, "event in the URL");
    await expectSideBySide(ctx, event);
  },
};

export const compareSpecs: Spec[] = [fromList, fromTimeline];
