import assert from "node:assert/strict";
import type { BuiltDataset, TimelineEvent } from "../../../src/shared/schema";
import {
  dashboard,
  drawnTimelineText,
  facetCount,
  shownEventCount,
  viewParams,
  waitForApp,
} from "../harness/app";
import { officialsOf, pickOfficial, yearOf } from "../harness/data-picks";
import type { SpecContext, Spec } from "../harness/spec";
import { eventually } from "../harness/wait";

/** Timeline, undated list, list view and the panel count all show exactly `expected`. */
async function viewsAgree(ctx: SpecContext, expected: TimelineEvent[]) {
  const { page, data } = ctx;
  const ui = dashboard(page);
  await eventually(
    async () => (await shownEventCount(page)) === expected.length,
    `the events panel to count ${expected.length}`,
  );
  // A title inside another drawn title ("X meets Y" in "X meets Y again") cannot be told apart.
  const excluded = data.main.events.filter((e) => !expected.some((x) => x.title.includes(e.title)));
  const drawn = await drawnTimelineText(page);
  for (const event of expected.filter((e) => e.start !== null))
    assert.ok(drawn.includes(event.title), `"${event.title}" matches but is not drawn`);
  for (const event of excluded.filter((e) => e.start !== null))
    assert.ok(!drawn.includes(event.title), `"${event.title}" is filtered out but still drawn`);

  await ui.viewButton("List").click();
  const options = ui.eventList.getByRole("option");
  await eventually(async () => (await options.count()) === expected.length, "list rows");
  const rows = await options.allInnerTexts();
  for (const event of expected)
    assert.ok(
      rows.some((row) => row.includes(event.title)),
      `list lacks "${event.title}": ${rows.join(" | ")}`,
    );
  await ui.viewButton("Timeline").click();
  await ui.timeline.waitFor();
}

/** Every year checkbox counts the events of that year that pass the other filters. */
async function yearCountsAgree(ctx: SpecContext, passingOtherFilters: TimelineEvent[]) {
  const ui = dashboard(ctx.page);
  const years = new Set(passingOtherFilters.map(yearOf).filter((y) => y !== null));
  for (const year of years) {
    const expected = passingOtherFilters.filter((e) => yearOf(e) === year).length;
    assert.equal(await facetCount(ui.facetBox("Years", String(year))), expected, `year ${year}`);
  }
}

function eventsWithOfficial(dataset: BuiltDataset, officialId: string, among = dataset.events) {
  return among.filter((e) => officialsOf(dataset, e).includes(officialId));
}

const byOfficialThenYear: Spec = {
  name: "filters: by an official, then a year: timeline, list and counts agree",
  run: async (ctx) => {
    const { page, open, data } = ctx;
    const official = pickOfficial(data.main);
    await open();
    await waitForApp(page);
    const ui = dashboard(page);
    const officialBox = ui.facetBox("Officials", official.name);
    assert.equal(await facetCount(officialBox), official.events.length, "official's count");

    await officialBox.check();
    await eventually(() => viewParams(page).getAll("official").includes(official.id), "URL");
    await viewsAgree(ctx, official.events);
    await yearCountsAgree(ctx, official.events);
    await ui.activeFilters.getByRole("button", { name: new RegExp(official.name) }).waitFor();

    const year = yearOf(official.events.find((e) => e.start !== null) ?? official.events[0]!);
    assert.ok(year !== null, "the official has a dated event");
    const inYear = data.main.events.filter((e) => yearOf(e) === year);
    await ui.facetBox("Years", String(year)).check();
    const both = eventsWithOfficial(data.main, official.id, inYear);
    await viewsAgree(ctx, both);
    assert.equal(await facetCount(officialBox), both.length, "official's count within the year");

    await ui.activeFilters.getByRole("button", { name: "Clear all filters" }).click();
    await eventually(
      async () => (await shownEventCount(page)) === data.main.events.length,
      "Clear all filters brings every event back",
    );
  },
};

const byYear: Spec = {
  name: "filters: by a year from the density strip: timeline, list and counts agree",
  run: async (ctx) => {
    const { page, open, data } = ctx;
    const dated = data.main.events.filter((e) => e.start !== null);
    const year = yearOf(dated[Math.floor(dated.length / 2)] ?? dated[0]!);
    assert.ok(year !== null, "a dated event exists");
    const inYear = data.main.events.filter((e) => yearOf(e) === year);
    await open();
    await waitForApp(page);
    await page
      .getByRole("group", { name: "Events per year" })
      .getByRole("button", { name: new RegExp(`^${year}: `) })
      .click();
    await eventually(() => viewParams(page).getAll("year").includes(String(year)), "year in URL");
    await viewsAgree(ctx, inYear);
    assert.ok(await dashboard(page).facetBox("Years", String(year)).isChecked());
  },
};

export const filterSpecs: Spec[] = [byOfficialThenYear, byYear];
