import type { DatasetIndex } from "../dataset-index";

type IdleDeadline = { timeRemaining(): number };
type IdleScheduler = (run: (deadline: IdleDeadline) => void) => void;

// Chromium gives idle periods (while the timeline's code downloads, between frames); without
// requestIdleCallback (Safari, jsdom) a short slice per task leaves frames to the page.
const sliceMs = 8;
const whenIdle: IdleScheduler = (run) => {
  if (typeof requestIdleCallback === "function") {
    requestIdleCallback(run, { timeout: 500 });
    return;
  }
  setTimeout(() => {
    const end = performance.now() + sliceMs;
    run({ timeRemaining: () => end - performance.now() });
  }, 0);
};

/**
 * Builds the index's facet postings in idle steps, so the first view is drawn first and the
 * filter panels fill in after. A reader that needs them sooner (a link with filters) builds
 * the rest at once; this then simply finds them done.
 */
export function buildFacetsWhenIdle(
  index: DatasetIndex,
  schedule: IdleScheduler = whenIdle,
): Promise<void> {
  return new Promise((resolve) => {
    const step = (deadline: IdleDeadline) => {
      // An idle callback past its timeout has no time left: it still takes one slice. A long
      // idle period (up to 50 ms) is used one short slice at a time: work that arrives in it
      // (the timeline's first draw, a click) waits for the slice to end.
      const end = performance.now() + Math.min(Math.max(deadline.timeRemaining(), 4), sliceMs);
      if (index.facetBuilder.step(() => performance.now() < end)) resolve();
      else schedule(step);
    };
    if (index.facetBuilder.done) resolve();
    else schedule(step);
  });
}
