import assert from "node:assert/strict";
import { dashboard, drawnTimelineText, shownEventCount, waitForApp } from "../harness/app";
import type { Spec } from "../harness/spec";

const firstLoad: Spec = {
  name: "first load: every event counted, dated ones drawn, undated ones listed apart",
  run: async ({ page, open, data }) => {
    await open();
    await waitForApp(page);
    const ui = dashboard(page);
    await page.getByRole("heading", { level: 1 }).waitFor();
    assert.equal(await shownEventCount(page), data.main.events.length);
    await ui.timeline.waitFor();

    const dated = data.main.events.filter((e) => e.start !== null);
    const undated = data.main.events.filter((e) => e.start === null);
    const drawn = await drawnTimelineText(page);
    for (const event of dated)
      assert.ok(drawn.includes(event.title), `"${event.title}" is not drawn on the timeline`);

    const bars = page.getByRole("group", { name: "Events per year" }).getByRole("button");
    const labels = await bars.evaluateAll((els) => els.map((el) => el.getAttribute("aria-label")));
    const perYear = labels.map((l) => Number(/: (\d+) events?$/.exec(l ?? "")?.[1] ?? NaN));
    assert.equal(
      perYear.reduce((a, b) => a + b, 0),
      dated.length,
      `density bars ${labels.join(", ")}`,
    );

    if (undated.length > 0) {
      const section = page.getByRole("region", { name: /^Undated events/ });
      for (const event of undated) {
        await section.getByRole("button", { name: event.title, exact: true }).waitFor();
        if (dated.some((d) => d.title.includes(event.title))) continue;
        assert.ok(!drawn.includes(event.title), `undated "${event.title}" is on the timeline`);
      }
    }
  },
};

export const firstLoadSpecs: Spec[] = [firstLoad];
