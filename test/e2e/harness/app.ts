import type { Locator, Page } from "playwright-core";
import escapeRegExp from "escape-string-regexp";

// The dashboard as a reader sees it: every locator goes by role and accessible name.

/** Resolves once the dataset is loaded and nothing on the page says "Loading". */
export async function waitForApp(page: Page): Promise<void> {
  await page.getByRole("main").waitFor();
  await page
    .getByRole("status")
    .filter({ hasText: /loading/i })
    .first()
    .waitFor({ state: "detached" });
}

export { escapeRegExp };

export function dashboard(page: Page) {
  // Beside the events on wide screens, in a sheet (a dialog) on phones.
  const filters = page
    .getByRole("complementary", { name: "Filters" })
    .or(page.getByRole("dialog", { name: "Filters" }));
  const main = page.getByRole("main");
  const zoomBar = page.getByRole("toolbar", { name: "Timeline zoom" });
  const compare = page.getByRole("region", { name: "Articles side by side" });
  return {
    main,
    filters,
    /** Phones only: the button that opens the filters sheet. */
    showFilters: page.getByRole("button", { name: /^Filters( \(\d+ active\))?$/ }),
    applyFilters: page
      .getByRole("dialog", { name: "Filters" })
      .getByRole("button", { name: /^Apply/ }),
    facet: (title: string) => filters.getByRole("group", { name: title, exact: true }),
    facetBox: (title: string, label: string) =>
      filters
        .getByRole("group", { name: title, exact: true })
        .getByRole("checkbox", { name: new RegExp(`^${escapeRegExp(label)}(?!\\w)`) }),
    eventsPanel: page.getByRole("region", { name: /^(Timeline|Event list) — \d+ events?$/ }),
    timeline: page.getByRole("region", { name: /^Timeline\. / }),
    zoomIn: zoomBar.getByRole("button", { name: "Zoom in" }),
    zoomOut: zoomBar.getByRole("button", { name: "Zoom out" }),
    fitAll: zoomBar.getByRole("button", { name: "Fit all" }),
    viewButton: (name: "Timeline" | "List") =>
      page.getByRole("group", { name: "View" }).getByRole("button", { name }),
    eventList: page.getByRole("listbox", { name: /^Events, \d+ shown$/ }),
    detail: page.getByRole("region", { name: "Event details" }),
    compare,
    articlePane: (title: string) => compare.getByRole("region", { name: title, exact: true }),
    activeFilters: page.getByRole("group", { name: "Active filters" }),
  };
}

/** "(3)" at the end of a facet checkbox's label: the live count. */
export async function facetCount(box: Locator): Promise<number> {
  const text = await box.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? "");
  const match = /\((\d+)\)\s*$/.exec(text);
  if (!match) throw new Error(`no count in facet label "${text}"`);
  return Number(match[1]);
}

/** Number in the events panel title, "Timeline — 7 events". */
export async function shownEventCount(page: Page): Promise<number> {
  const name = await dashboard(page).eventsPanel.getByRole("heading").first().innerText();
  const match = /— (\d+) events?$/.exec(name.trim());
  if (!match) throw new Error(`no count in events panel title "${name}"`);
  return Number(match[1]);
}

export function viewParams(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

const nextFrames = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** All text the timeline draws, once it has settled (its rows grow with the page: no scrolling). */
export async function drawnTimelineText(page: Page): Promise<string> {
  return settledTimelineText(page);
}

/** The first of `titles` drawn in the rows in view now, for hovering or clicking. */
export async function firstTitleInView(page: Page, titles: string[]): Promise<string> {
  const timeline = dashboard(page).timeline;
  await timeline.waitFor();
  const frame = await timeline.boundingBox();
  for (const title of titles) {
    const item = timeline.getByText(title).first();
    if ((await timeline.getByText(title).count()) === 0) continue;
    const box = await item.boundingBox();
    const inside =
      frame &&
      box &&
      box.x >= frame.x &&
      box.x + box.width <= frame.x + frame.width &&
      box.y >= frame.y &&
      box.y + box.height <= frame.y + frame.height;
    if (inside) return title;
  }
  throw new Error(`none of ${JSON.stringify(titles)} is drawn wholly in view`);
}

/** The timeline's text once vis has stopped redrawing (two reads a few frames apart agree). */
/** What the timeline shows, item and axis labels in a fixed order: after a redraw vis-timeline
 * may hold the same items in another DOM order (two items on one row and day). */
export async function drawnLabels(page: Page): Promise<string> {
  return sortedLines(await dashboard(page).timeline.innerText());
}

export function sortedLines(text: string): string {
  return text.split("\n").sort().join("\n");
}

export async function settledTimelineText(page: Page): Promise<string> {
  const timeline = dashboard(page).timeline;
  let previous = await timeline.innerText();
  for (let tries = 0; tries < 50; tries++) {
    await nextFrames(page);
    await nextFrames(page);
    const current = await timeline.innerText();
    if (current === previous) return current;
    previous = current;
  }
  throw new Error("the timeline kept redrawing");
}
