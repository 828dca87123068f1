import assert from "node:assert/strict";
import type { DatasetReply, Spec, SpecContext } from "../harness/spec";
import { dashboard, waitForApp } from "../harness/app";

const retryButton = /retry|reload|try again/i;

/** The failure is explained in an alert, and its button loads the real data once it is back. */
async function failsThenRecovers(ctx: SpecContext, reply: DatasetReply, title: RegExp) {
  await ctx.replyToDataset(reply);
  await ctx.open();
  const alert = ctx.page.getByRole("alert").filter({ has: ctx.page.getByRole("heading") });
  await alert.getByRole("heading", { name: title }).waitFor();
  const message = (await alert.innerText()).trim();
  assert.ok(message.length > 40, `the error should say what to do, got: ${message}`);
  await ctx.screenshot(`error-${title.source.replace(/\W+/g, "-").slice(0, 30)}`);
  await ctx.restoreDataset();
  await alert.getByRole("button", { name: retryButton }).click();
  await waitForApp(ctx.page);
  assert.equal(await ctx.page.getByRole("alert").count(), 0, "the error is gone after retry");
}

const missing: Spec = {
  name: "failure: dataset missing (404) explains and Retry recovers",
  run: (ctx) => failsThenRecovers(ctx, { kind: "status", status: 404 }, /missing/i),
};

const truncated: Spec = {
  name: "failure: truncated JSON explains and Retry recovers",
  run: (ctx) =>
    failsThenRecovers(
      ctx,
      { kind: "json", body: ctx.data.mainJson.slice(0, Math.floor(ctx.data.mainJson.length / 2)) },
      /damaged/i,
    ),
};

const wrongVersion: Spec = {
  name: "failure: wrong schema version explains and Retry recovers",
  run: (ctx) =>
    failsThenRecovers(
      ctx,
      { kind: "json", body: JSON.stringify({ ...ctx.data.main, version: 1 }) },
      /another version/i,
    ),
};

const slow: Spec = {
  name: "failure: slow network shows the loading state, then the app",
  run: async (ctx) => {
    // The reply waits 2 s AND until the loading state has been seen, so a fast machine
    // cannot race past it and a slow one cannot make the check flaky.
    let release = () => {};
    const releasedBy = new Promise<void>((resolve) => (release = resolve));
    await ctx.replyToDataset({ kind: "json", body: ctx.data.mainJson, delayMs: 2000, releasedBy });
    await ctx.open();
    const loading = ctx.page.getByRole("status").filter({ hasText: /loading/i });
    await loading.first().waitFor({ state: "visible" });
    await ctx.screenshot("loading");
    release();
    await waitForApp(ctx.page);
    assert.equal(await loading.count(), 0, "the loading state is gone once data arrives");
  },
};

// A real trigger, no test hook: the timeline's code chunk fails to load (a flaky network or
// a deploy that replaced it), so its component throws after the data loaded successfully.
const timelineChunk = "**/timeline-view-*.js";
const componentThrows: Spec = {
  name: "failure: a component that throws shows the error boundary, and Reload recovers",
  run: async (ctx) => {
    await ctx.page.route(timelineChunk, (route) => route.abort());
    await ctx.open();
    const alert = ctx.page.getByRole("alert").filter({ has: ctx.page.getByRole("heading") });
    await alert.getByRole("heading", { name: /went wrong/i }).waitFor();
    await ctx.page.getByRole("heading", { level: 1 }).waitFor(); // the page around it survives
    await ctx.screenshot("error-boundary");
    await ctx.page.unroute(timelineChunk);
    await alert.getByRole("button", { name: retryButton }).click();
    await waitForApp(ctx.page);
    await dashboard(ctx.page).timeline.waitFor();
    assert.equal(await ctx.page.getByRole("alert").count(), 0, "the app is back after Reload");
  },
};

export const failureSpecs: Spec[] = [missing, truncated, wrongVersion, slow, componentThrows];
