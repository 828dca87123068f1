import { describe, expect, it, vi } from "vitest";
import { selectDatasetIndex } from "../../src/data/dataset-query";
import type { DatasetIndex } from "../../src/data/dataset-index";
import { buildFacetsWhenIdle } from "../../src/data/facets/build-facets-when-idle";
import { buildFacetPostings, facetPostingsBuilder } from "../../src/data/facets/facet-postings";
import { facetRegistry } from "../../src/data/facets/facet-registry";
import { loadUiFixture } from "../fixtures/ui/load-fixture";

const fresh = () => selectDatasetIndex(loadUiFixture());

describe("facet postings built in steps", () => {
  it("come out the same read in steps of one chunk as read at once", () => {
    const index = fresh();
    // Sixty-four copies of the fixture's events: several chunks.
    const events = Array.from({ length: 64 }, () => index.events).flat();
    const context = { entitiesById: index.entitiesById, articlesById: index.articlesById };
    const builder = facetPostingsBuilder(events, context, facetRegistry);
    let steps = 0;
    while (!builder.step(() => false)) steps++;
    expect(steps).toBeGreaterThan(1);
    expect(builder.done).toBe(true);
    expect(builder.finish()).toEqual(buildFacetPostings(events, context, facetRegistry));
  });

  it("number each event's values by their place among the postings' keys", () => {
    const index = fresh();
    for (const facet of facetRegistry) {
      const keys = [...index.postings[facet.key].keys()];
      const { offsets, ordinals } = index.facetOrdinals[facet.key];
      expect(offsets).toHaveLength(index.events.length + 1);
      index.events.forEach((event, p) => {
        const own = ordinals.slice(offsets[p], offsets[p + 1]).map((o) => keys[o]);
        expect(own, `${facet.key} of ${event.id}`).toEqual(
          index.facetsByEvent.get(event.id)?.[facet.key],
        );
      });
    }
  });

  it("are not built with the index; their first reader builds them", () => {
    const index = fresh();
    expect(index.facetBuilder.done).toBe(false);
    expect(index.postings.years.get("2023")).toHaveLength(2);
    expect(index.facetBuilder.done).toBe(true);
  });

  it("are built in idle time by buildFacetsWhenIdle, one slice per idle callback", async () => {
    const index = fresh();
    const slices: (() => void)[] = [];
    const built = buildFacetsWhenIdle(index, (run) =>
      slices.push(() => run({ timeRemaining: () => 50 })),
    );
    expect(slices).toHaveLength(1);
    expect(index.facetBuilder.done).toBe(false);
    slices.shift()?.();
    await built;
    expect(index.facetBuilder.done).toBe(true);
  });

  it("take at most 8 ms of a long idle period per slice, so what arrives in it waits little", () => {
    let now = 0;
    vi.spyOn(performance, "now").mockImplementation(() => now);
    const worked: number[] = [];
    // A builder that works 1 ms per chunk for as long as it is let.
    const facetBuilder = {
      done: false,
      step(more: () => boolean) {
        let chunks = 0;
        do {
          now += 1;
          chunks++;
        } while (more());
        worked.push(chunks);
        return false;
      },
    };
    const slices: (() => void)[] = [];
    void buildFacetsWhenIdle({ facetBuilder } as unknown as DatasetIndex, (run) =>
      slices.push(() => run({ timeRemaining: () => 50 })),
    );
    slices.shift()?.();
    slices.shift()?.();
    expect(worked).toEqual([8, 8]);
    vi.restoreAllMocks();
  });

  it("resolve at once when a reader has already built them", async () => {
    const index = fresh();
    void index.postings;
    const slices: unknown[] = [];
    await buildFacetsWhenIdle(index, (run) => slices.push(run));
    expect(slices).toHaveLength(0);
  });
});
