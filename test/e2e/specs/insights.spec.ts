import assert from "node:assert/strict";
import type { Locator, Page } from "playwright-core";
import type { BuiltDataset, TimelineEvent } from "../../../src/shared/schema";
import { manyOfficialsPublished } from "../../fixtures/ui/many-officials";
import { dashboard, escapeRegExp, shownEventCount, viewParams, waitForApp } from "../harness/app";
import { describeFindings, scanAccessibility } from "../harness/axe";
import { articleTitle, officialsOf } from "../harness/data-picks";
import {
  desktop,
  phone,
  type ServedDataset,
  type Spec,
  type SpecContext,
  type Viewport,
} from "../harness/spec";
import { eventually } from "../harness/wait";

// Official profiles, who met whom, and where the sources disagree, in Chromium. What the
// specs expect is worked out here from the dataset, independently of the app's own code.

function disagreementsBuild(ctx: SpecContext): ServedDataset {
  if (ctx.data.disagreements instanceof Error) throw ctx.data.disagreements;
  return ctx.data.disagreements;
}

function nameOf(dataset: BuiltDataset, id: string): string {
  return dataset.entities.find((e) => e.id === id)?.name ?? id;
}

/** The official with most events, and the events they take part in, in the order shown. */
function busiestOfficial(dataset: BuiltDataset) {
  const events = new Map<string, TimelineEvent[]>();
  for (const event of dataset.events)
    for (const id of officialsOf(dataset, event))
      events.set(id, [...(events.get(id) ?? []), event]);
  const [id, theirs] = [...events].sort(([, a], [, b]) => b.length - a.length)[0] ?? [];
  if (!id || !theirs) throw new Error("the dataset has no event with an official");
  return { id, name: nameOf(dataset, id), events: theirs };
}

/** The pair of officials sharing most events, and those events. */
function busiestPair(dataset: BuiltDataset) {
  const shared = new Map<string, TimelineEvent[]>();
  for (const event of dataset.events) {
    const people = officialsOf(dataset, event).sort();
    for (const [i, a] of people.entries())
      for (const b of people.slice(i + 1))
        shared.set(`${a}+${b}`, [...(shared.get(`${a}+${b}`) ?? []), event]);
  }
  const [value, events] = [...shared].sort(([, a], [, b]) => b.length - a.length)[0] ?? [];
  if (!value || !events) throw new Error("no two officials share an event");
  const [a = "", b = ""] = value.split("+");
  return { value, a: nameOf(dataset, a), b: nameOf(dataset, b), events };
}

const profile = (page: Page, name: string) => page.getByRole("article", { name, exact: true });

const profileSpec: Spec = {
  name: "profile: from a participant's name, with every event in order and a link that reopens it",
  run: async (ctx) => {
    const { page, data } = ctx;
    const ui = dashboard(page);
    const official = busiestOfficial(data.main);
    const event = official.events.find((e) => e.participants.includes(official.id));
    assert.ok(event, `${official.name} takes part in no event`);
    await ctx.open(`event=${encodeURIComponent(event.id)}`);
    await waitForApp(page);
    await ui.detail
      .getByRole("button", { name: `${official.name} — profile`, exact: true })
      .click();
    const card = profile(page, official.name);
    await card.waitFor();
    assert.equal(viewParams(page).get("view"), "profile");
    assert.deepEqual(viewParams(page).getAll("official"), [official.id]);
    assert.equal(viewParams(page).get("event"), null, "the profile replaces the event's details");
    // Focus follows the reader to the profile they opened.
    await eventually(
      () => page.evaluate(() => document.activeElement?.tagName === "H3"),
      "focus on the profile's heading",
    );

    const rows = card.getByRole("list").first().getByRole("listitem");
    await eventually(
      async () => (await rows.count()) === official.events.length,
      "one row per event",
    );
    const texts = await rows.allInnerTexts();
    // In date order, undated last; same-day events by id.
    const inOrder = [...official.events].sort((a, b) =>
      (a.start ?? "~") < (b.start ?? "~")
        ? -1
        : (a.start ?? "~") > (b.start ?? "~")
          ? 1
          : a.id.localeCompare(b.id),
    );
    inOrder.forEach((e, i) =>
      assert.ok(texts[i]?.includes(e.title), `row ${i} should be "${e.title}": ${texts[i]}`),
    );
    const dated = official.events.filter((e) => e.start !== null);
    // The strip draws one mark per dated event.
    const strip = card.getByRole("img", { name: new RegExp(`^${escapeRegExp(official.name)}’s`) });
    assert.equal(await strip.locator("circle, rect.strip-mark").count(), dated.length);

    // The link reopens the same profile on a fresh page.
    const link = page.url();
    await page.goto(link);
    await profile(page, official.name).waitFor();
    // Back on the events: the official's filter stays, the view is the timeline's.
    await profile(page, official.name).getByRole("button", { name: "Show their events" }).click();
    await eventually(
      async () => (await shownEventCount(page)) === official.events.length,
      `the events panel to show ${official.events.length} events`,
    );
  },
};

const networkSpec: Spec = {
  name: "who met whom: a click on a pair puts it in the link and filters the events to theirs",
  run: async (ctx) => {
    const { page, data } = ctx;
    const ui = dashboard(page);
    const pair = busiestPair(data.main);
    await ctx.open("view=network");
    await waitForApp(page);
    const table = page.getByRole("table", { name: /^Shared events: / });
    await table.waitFor();
    const cell = table.getByRole("button", {
      name: new RegExp(
        `^(${escapeRegExp(pair.a)} and ${escapeRegExp(pair.b)}|${escapeRegExp(pair.b)} and ${escapeRegExp(pair.a)}): ${pair.events.length} shared events?$`,
      ),
    });
    assert.equal(await cell.count(), 2, "the pair's cell on each side of the diagonal");
    await cell.first().click();
    await eventually(() => viewParams(page).get("pair") === pair.value, "pair in the link");
    assert.equal(viewParams(page).get("view"), null, "back on the default view");
    await eventually(
      async () => (await shownEventCount(page)) === pair.events.length,
      `the events panel to count ${pair.events.length}`,
    );
    await ui.viewButton("List").click();
    const rows = await ui.eventList.getByRole("option").allInnerTexts();
    assert.equal(rows.length, pair.events.length);
    for (const event of pair.events)
      assert.ok(
        rows.some((row) => row.includes(event.title)),
        `list lacks "${event.title}"`,
      );
    await ui.activeFilters
      .getByRole("button", { name: `Remove filter Officials together: ${pair.a} and ${pair.b}` })
      .waitFor();
    // Back returns to the matrix.
    await page.goBack();
    await page.goBack();
    await table.waitFor();
  },
};

const disagreementSpec: Spec = {
  name: "where sources disagree: each version beside its source; the list and timeline mark it",
  run: async (ctx) => {
    const { page } = ctx;
    const ui = dashboard(page);
    const { json, files, dataset } = disagreementsBuild(ctx);
    const disputed = dataset.events.filter((e) => e.disagreements?.length);
    assert.ok(disputed.length >= 3, "the written articles disagree on place, people and day");
    await ctx.replyToDataset({ kind: "json", body: json, files });

    const place = disputed.find((e) => e.disagreements?.some((d) => d.field === "location"));
    assert.ok(place, "an event whose articles give two places");
    const claims = place.disagreements?.find((d) => d.field === "location")?.claims ?? [];
    await ctx.open(`event=${encodeURIComponent(place.id)}`);
    await waitForApp(page);
    const section = ui.detail.getByRole("region", { name: "Where the sources differ" });
    const versions = section.getByRole("list", { name: "Place" }).getByRole("listitem");
    assert.equal(await versions.count(), claims.length);
    for (const [i, claim] of claims.entries()) {
      const text = await versions.nth(i).innerText();
      assert.ok(text.startsWith(String(claim.value)), `version ${i}: ${text}`);
      for (const id of claim.articleIds) {
        const article = dataset.articles.find((a) => a.id === id);
        assert.ok(text.includes(articleTitle(dataset, id)), `"${text}" names its article`);
        assert.ok(article?.source && text.includes(article.source), `"${text}" names its outlet`);
      }
    }
    await ui.detail.getByText("sources differ, see below").first().waitFor();

    // The timeline marks the event (the sign before its label), the list says it in words.
    const item = page.locator(".vis-item.sources-differ").filter({ hasText: place.title });
    await item.first().waitFor();
    const sign = await item
      .first()
      .locator(".vis-item-content")
      .evaluate((el) => getComputedStyle(el, "::before").content);
    assert.equal(sign, '"≠ "');
    await ui.viewButton("List").click();
    const labels = await ui.eventList
      .getByRole("option")
      .evaluateAll((options) => options.map((o) => o.getAttribute("aria-label") ?? ""));
    const marked = labels.filter((label) => label.includes(", Sources differ on "));
    assert.equal(marked.length, disputed.length, `marked rows: ${marked.join(" | ")}`);
    for (const event of disputed)
      assert.ok(
        marked.some((label) => label.startsWith(`${event.title}, `)),
        `"${event.title}" is marked`,
      );
  },
};

type View = {
  name: string;
  query: string;
  dataset?: "disagreements" | "many";
  focus: (page: Page) => Locator;
};

const views: View[] = [
  {
    name: "profile",
    query: "",
    focus: (page) => page.getByRole("region", { name: /^Official profile/ }),
  },
  {
    name: "profiles-directory",
    query: "view=profile",
    focus: (page) => page.getByRole("region", { name: "Official profiles" }),
  },
  {
    name: "who-met-whom",
    query: "view=network",
    focus: (page) => page.getByRole("region", { name: "Who met whom", exact: true }),
  },
  {
    name: "who-met-whom-120",
    query: "view=network",
    dataset: "many",
    focus: (page) => page.getByRole("region", { name: "Who met whom", exact: true }),
  },
  {
    name: "sources-differ",
    query: "",
    dataset: "disagreements",
    focus: (page) => page.getByRole("region", { name: "Where the sources differ" }),
  },
];

/** Screenshots of each new view, looked at by people, and an axe scan of each. */
function insightViews(viewport: Viewport, scheme: "light" | "dark"): Spec {
  return {
    name: `insight views at ${viewport.width}x${viewport.height}, ${scheme}: screenshots and axe scans`,
    viewport,
    colorScheme: scheme,
    timeoutMs: 120_000,
    run: async (ctx) => {
      const { page, data } = ctx;
      const many = manyOfficialsPublished();
      const blocking: string[] = [];
      for (const view of views) {
        await ctx.restoreDataset();
        let query = view.query;
        if (view.dataset === "many")
          await ctx.replyToDataset({ kind: "json", body: many.json, files: many.files });
        if (view.dataset === "disagreements") {
          const built = disagreementsBuild(ctx);
          await ctx.replyToDataset({ kind: "json", body: built.json, files: built.files });
          const event = built.dataset.events.find((e) => e.disagreements?.length);
          query = `event=${encodeURIComponent(event?.id ?? "")}`;
        }
        if (view.name === "profile")
          query = `official=${encodeURIComponent(busiestOfficial(data.main).id)}&view=profile`;
        await ctx.open(query);
        await waitForApp(page);
        const focus = view.focus(page);
        await focus.waitFor();
        await focus.evaluate((el) => el.scrollIntoView({ block: "start" }));
        const name = `${scheme === "dark" ? "dark-" : ""}${view.name}`;
        await ctx.screenshot(name);
        const scan = await scanAccessibility(page, name);
        if (scan.minor.length)
          ctx.note(`axe, not blocking (${name}):\n${describeFindings(scan.minor)}`);
        blocking.push(...scan.blocking.map((f) => `${name}: ${describeFindings([f])}`));
      }
      assert.deepEqual(blocking, [], "serious or critical axe findings");
    },
  };
}

export const insightSpecs: Spec[] = [
  profileSpec,
  networkSpec,
  disagreementSpec,
  insightViews(desktop, "light"),
  insightViews(desktop, "dark"),
  insightViews(phone, "light"),
  insightViews(phone, "dark"),
];
