import assert from "node:assert/strict";
import { dashboard, viewParams, waitForApp } from "../harness/app";
import type { Spec } from "../harness/spec";
import { eventually } from "../harness/wait";

const shortcuts: Spec = {
  name: "keyboard: j / k step through events, / focuses search, Esc closes the detail",
  run: async ({ page, open }) => {
    await open("view=list");
    await waitForApp(page);
    const ui = dashboard(page);
    const titles = await ui.eventList.getByRole("option").allInnerTexts();
    assert.ok(titles.length >= 2, "two events to step through");
    await page.keyboard.press("j");
    const first = await eventually(() => viewParams(page).get("event") ?? undefined, "j selects");
    await page.keyboard.press("j");
    await eventually(() => viewParams(page).get("event") !== first, "j moves to the next event");
    await page.keyboard.press("k");
    await eventually(() => viewParams(page).get("event") === first, "k moves back");
    await ui.detail.waitFor();
    await page.keyboard.press("Escape");
    await ui.detail.waitFor({ state: "detached" });
    assert.equal(viewParams(page).get("event"), null);
    await page.keyboard.press("/");
    await eventually(
      () =>
        ui.filters
          .getByRole("searchbox", { name: "Search events" })
          .evaluate((el) => el === document.activeElement),
      "/ focuses the search box",
    );
  },
};

const copyLink: Spec = {
  name: "Copy link puts the current view's address on the clipboard",
  run: async ({ page, context, open, rootUrl }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: new URL(rootUrl).origin,
    });
    await open("view=list&group=country");
    await waitForApp(page);
    await page.getByRole("button", { name: "Copy link" }).click();
    await page.getByRole("status").filter({ hasText: "Link copied" }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, page.url());
  },
};

export const keyboardSpecs: Spec[] = [shortcuts, copyLink];
