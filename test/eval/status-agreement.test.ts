import { describe, expect, it } from "vitest";
import { statusAgreement, statusLine } from "./status-agreement";

const gold = [
  {
    file: "a.txt",
    events: [
      { summary: "Ministers meet in Delhi", status: "happened" },
      { summary: "Summit to be held in Moscow", status: "planned" },
      { summary: "Visit announced for March", status: "planned" },
    ],
  },
];
const lines = [
  "== a.txt (a)",
  "  ok   2020-01-02 Ministers meet in Delhi  <-  2020-01-02 Talks in Delhi",
  "  ok   2020-03 Summit to be held in Moscow  <-  2020-03 Summit in Moscow",
  "  ok   2020-03 Visit announced for March  <-  2020-03 Visit to Russia",
  "  MISS 2020-04 Something else",
];

describe("statusAgreement", () => {
  it("counts each matched event under the gold's status, merged events apart", () => {
    const result = statusAgreement(lines, gold, [
      // The same title on another day: not the event matched.
      {
        title: "Talks in Delhi",
        start: "2019-05",
        status: "planned",
        sources: [{ articleId: "a" }],
      },
      {
        title: "Talks in Delhi",
        start: "2020-01-02",
        status: "happened",
        sources: [{ articleId: "a" }],
      },
      // A planned event found as held: a disagreement.
      {
        title: "Summit in Moscow",
        start: "2020-03",
        status: "happened",
        sources: [{ articleId: "a" }],
      },
      {
        title: "Visit to Russia",
        start: "2020-03",
        status: "planned",
        sources: [{ articleId: "a" }, { articleId: "b" }],
      },
    ]);
    expect(result).toEqual({
      single: { happened: { agree: 1, of: 1 }, planned: { agree: 0, of: 1 } },
      merged: { agree: 1, of: 1 },
    });
    expect(statusLine(result)).toBe(
      "status of matched events: happened 1/1, planned 0/1 (one article's events); merged events 1/1",
    );
  });

  it("skips a match it cannot find in the dataset", () => {
    const result = statusAgreement(lines, gold, []);
    expect(result.single.happened.of + result.single.planned.of + result.merged.of).toBe(0);
  });
});
