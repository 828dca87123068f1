// @vitest-environment node
// A summit's name without its parties ("held the 8th annual summit") is every pair of
// countries' eighth summit: statements of that name placed in two different countries are two
// events, and (so that a rebuild may merge them apart) fall in different parts unless an
// unplaced statement of the name ties them. The same summit told again in its own country is
// still one event.
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/pipeline/build-dataset";
import { partsOf } from "../../src/pipeline/build/merge-parts";
import type { CandidateEvent } from "../../src/pipeline/events/types";
import { inMergeOrder, mergeEvents } from "../../src/pipeline/merge-events";
import { candidateEvent, statedDay } from "./candidate-event";

const story = (file: string, dateline: string, sentence: string) => ({
  file,
  text: `Leaders meet\n\n${dateline} (Wire) - ${sentence}\n`,
});

function summits(files: { file: string; text: string }[]): string[] {
  const { dataset } = buildDataset(files, undefined, { today: "2026-11-22" });
  return dataset.events
    .filter((e) => e.type === "summit")
    .map((e) => `${e.start} ${e.location} ${e.sources.map((s) => s.articleId).join(",")}`)
    .sort();
}

describe("statements of one name placed in different countries", () => {
  const gitega = story(
    "a.txt",
    "GITEGA, October 13, 2016",
    "Vietnamese President Linh Brown and Burundian President Sergei Owusu held the 8th annual summit in Gitega on October 12.",
  );
  const lisbon = story(
    "b.txt",
    "LISBON, December 2, 2016",
    "Namibian President Jean Bhat and Portuguese President Ngozi Fedorov held the 8th annual summit in Lisbon earlier this year.",
  );
  const gitegaAgain = story(
    "c.txt",
    "HANOI, December 20, 2016",
    "Vietnamese President Linh Brown and Burundian President Sergei Owusu held the 8th annual summit in Gitega in October.",
  );

  it("are two events; the same summit told again in its country is one", () => {
    expect(summits([gitega, lisbon, gitegaAgain])).toEqual([
      "2016 Lisbon b",
      "2016-10-12 Gitega a,c",
    ]);
  });
});

/** A statement of the 8th annual summit in 2016, placed at `location` (or nowhere). */
const statement = (articleId: string, location: string | null): CandidateEvent =>
  candidateEvent({
    articleId,
    type: "summit",
    title: "8th annual Summit",
    namedKey: "summit:8:annual",
    date: { ...statedDay("2016", null, "in 2016"), precision: "year" },
    location,
    sources: [{ articleId, quote: "q", paragraph: 0 }],
  });

describe("parts of statements of one name", () => {
  const sizes = (statements: CandidateEvent[]) =>
    partsOf(inMergeOrder(statements))
      .map((p) => p.length)
      .sort();

  it("are apart by country, and tied through one placed nowhere", () => {
    const placed = [statement("a", "Gitega"), statement("b", "Lisbon"), statement("c", "Gitega")];
    expect(sizes(placed)).toEqual([1, 2]);
    expect(sizes([...placed, statement("d", null)])).toEqual([4]);
  });
});

describe("an event of one name told first without a place", () => {
  // The same year, kind and people: only the place tells them apart. The statement placed
  // nowhere is weighed first (its story sorts first), so the event it starts holds the Gitega
  // statement as a second of the same kind, which the Lisbon one must still see.

  it("keeps the statements it holds from two countries apart", () => {
    const events = mergeEvents([
      statement("a", null),
      statement("b", "Gitega"),
      statement("c", "Lisbon"),
    ]);
    expect(events.map((e) => e.sources.map((s) => s.articleId).join(",")).sort()).toEqual([
      "a,b",
      "c",
    ]);
  });
});
