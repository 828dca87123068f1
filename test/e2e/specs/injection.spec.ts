import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import type { Dataset } from "../../../src/shared/schema";
import {
  dashboard,
  drawnTimelineText,
  escapeRegExp,
  firstTitleInView,
  viewParams,
  waitForApp,
} from "../harness/app";
import { assertNothingExecuted } from "../harness/no-execution";
import { payloadCarriers, payloads, withPayloadsEverywhere } from "../harness/payloads";
import type { ServedDataset, Spec, SpecContext } from "../harness/spec";
import { eventually } from "../harness/wait";
import { indexFileOf } from "../../../src/pipeline/build/index-columns";

function injectionBuild(ctx: SpecContext): ServedDataset {
  if (ctx.data.injection instanceof Error) throw ctx.data.injection;
  return ctx.data.injection;
}

/** `text` is on screen as characters, inside `scope` (default: the whole page). */
async function showsLiterally(page: Page, text: string, scope = page.locator("body")) {
  await scope.getByText(text).first().waitFor();
}

async function selectInList(page: Page, title: string) {
  const ui = dashboard(page);
  await ui.viewButton("List").click();
  await ui.eventList.getByRole("option").filter({ hasText: title }).first().click();
  await ui.detail.getByRole("heading", { name: title, exact: true }).waitFor();
}

/** Hovering a timeline item shows its tooltip: one more element carries the title. */
async function tooltipShowsLiterally(page: Page, title: string) {
  const ui = dashboard(page);
  const before = await page.getByText(title).count();
  await ui.timeline.getByText(title).first().hover();
  await eventually(
    async () => (await page.getByText(title).count()) > before,
    `a tooltip with "${title}"`,
  );
}

const cliBuilt: Spec = {
  name: "injection: the CLI-built payload dataset shows as text and runs nothing",
  run: async (ctx) => {
    const { json, dataset, files } = injectionBuild(ctx);
    const carriers = payloadCarriers(dataset);
    const payloadNamed = dataset.entities.filter((e) => /[<>"]/.test(e.name));
    assert.ok(
      payloadNamed.length > 0,
      `the extractor should keep a payload in an entity name; it kept them in: ${carriers.join(", ")}`,
    );
    const { page } = ctx;
    await ctx.replyToDataset({ kind: "json", body: json, files });
    await ctx.open();
    await waitForApp(page);
    const ui = dashboard(page);

    // Panels: facet labels are entity names.
    for (const entity of payloadNamed.filter((p) => p.kind === "programme"))
      await showsLiterally(page, entity.name, ui.facet("Programmes and exercises"));
    // Timeline items and a tooltip, whatever titles the extractor made (some carry "&", "<").
    const dated = dataset.events.filter((e) => e.start !== null);
    const drawn = await drawnTimelineText(page);
    for (const event of dated)
      assert.ok(drawn.includes(event.title), `"${event.title}" is not drawn literally`);
    const inView = await firstTitleInView(
      page,
      dated.map((e) => e.title),
    );
    await tooltipShowsLiterally(page, inView);

    // Event detail and article views.
    const talks = dataset.events.find((e) =>
      e.entities.some((id) => payloadNamed.some((p) => p.id === id)),
    );
    assert.ok(talks, "an event involving a payload-named entity");
    await selectInList(page, talks.title);
    const involved = payloadNamed.filter((p) => talks.entities.includes(p.id));
    for (const entity of involved) await showsLiterally(page, entity.name, ui.detail);
    await showsLiterally(page, payloads.img, ui.detail);
    const article = dataset.articles.find((a) => a.id === talks.sources[0]?.articleId);
    assert.ok(article, "the talks' source article");
    const pane = ui.articlePane(article.title);
    await pane.waitFor();
    for (const text of [payloads.script, payloads.js, "[the ministry site](javascript:alert(1))"])
      await showsLiterally(page, text, pane);
    await showsLiterally(page, payloads.img, pane.locator("mark"));

    // A payload typed into search round-trips through the URL and shows in its chip.
    await ui.filters.getByRole("searchbox", { name: "Search events" }).fill(payloads.img);
    await eventually(() => viewParams(page).get("q") === payloads.img, "the query in the URL");
    await ui.activeFilters
      .getByRole("button", { name: new RegExp(escapeRegExp(`Remove search: ${payloads.img}`)) })
      .waitFor();
    await assertNothingExecuted(page);
  },
};

/** Every short text field carries a payload, so every surface is exercised. */
async function checkSeededSurfaces(ctx: SpecContext, seeded: Dataset) {
  const { page } = ctx;
  const ui = dashboard(page);
  const event = seeded.events.find((e) => e.start !== null && e.participants.length > 0);
  assert.ok(event, "a dated event with participants");
  const person = seeded.entities.find((e) => e.id === event.participants[0]);
  assert.ok(person, "its first participant");

  const drawn = await drawnTimelineText(page);
  for (const dated of seeded.events.filter((e) => e.start !== null))
    assert.ok(drawn.includes(dated.title), `"${dated.title}" is not drawn literally`);
  const titles = seeded.events.map((e) => e.title);
  await tooltipShowsLiterally(page, await firstTitleInView(page, titles));
  await showsLiterally(page, person.name, ui.facet("Officials"));
  await showsLiterally(page, event.location ?? "", ui.facet("Places"));
  await ui.facetBox("Officials", person.name).check();
  await ui.activeFilters
    .getByRole("button", { name: new RegExp(escapeRegExp(person.name)) })
    .waitFor();
  await selectInList(page, event.title);
  await showsLiterally(page, person.name, ui.detail);
  await showsLiterally(page, event.location ?? "", ui.detail);
  const article = seeded.articles.find((a) => a.id === event.sources[0]?.articleId);
  assert.ok(article, "the event's source article");
  const pane = ui.articlePane(article.title);
  await showsLiterally(page, article.source ?? "", pane);
  await ui.viewButton("Timeline").click();
  await page.getByRole("combobox", { name: /group rows by/i }).selectOption("country");
  await ui.timeline.waitFor();
}

const everywhere: Spec = {
  name: "injection: payloads in names, titles, places and outlets show literally everywhere",
  run: async (ctx) => {
    const { index, files } = injectionBuild(ctx);
    const seeded = withPayloadsEverywhere(index);
    await ctx.replyToDataset({ kind: "json", body: JSON.stringify(indexFileOf(seeded)), files });
    await ctx.open();
    await waitForApp(ctx.page);
    await checkSeededSurfaces(ctx, seeded);
    await assertNothingExecuted(ctx.page);
  },
};

const hostileLink: Spec = {
  name: "injection: a link whose parameters carry payloads runs nothing",
  run: async (ctx) => {
    const q = encodeURIComponent(payloads.script);
    const event = encodeURIComponent(payloads.img);
    await ctx.open(`q=${q}&event=${event}&official=${encodeURIComponent(payloads.js)}`);
    await waitForApp(ctx.page);
    await showsLiterally(ctx.page, payloads.img);
    await showsLiterally(ctx.page, payloads.script);
    await assertNothingExecuted(ctx.page);
  },
};

export const injectionSpecs: Spec[] = [cliBuilt, everywhere, hostileLink];
