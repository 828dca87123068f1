// @vitest-environment node
// A time phrase naming an occasion with people of its own, beside a main clause naming its own
// people and event: two events, each with the people of its own words (events/occasion-phrase.ts).
// Seen on real pages: "Weeks before Russian President Vladimir Putin lands in India for the 23rd
// Annual India–Russia Summit, External Affairs Minister S Jaishankar and Russian Foreign
// Minister Sergey Lavrov held a crucial round of talks in Moscow"; "... are scheduled to hold
// key talks on Thursday, 4 December 2025, ahead of the annual summit between Prime Minister
// Narendra Modi and President Vladimir Putin"; "The meeting between Jaitley and Shoigu took
// place after Prime Minister Narendra Modi met Russian President Vladimir Putin in St
// Petersburg on June 2"; "Clinton's visit came less than a month after Natalegawa met with
// Chinese Foreign Minister Yang Jiechi in Jakarta".
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { builtEvents } from "../stage-inputs";

const story = (...sentences: string[]) =>
  ["Ministers meet", "", `Valletta, May 8, 2024 (Wire) - ${sentences.join(" ")}`, ""].join("\n");

describe("an occasion named in a time phrase", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Ivo Marr",
    "Lena Ost",
    "Tomas Reyne",
    "Idris Mabeko",
    "Clara Voss",
    "Jonas Tael",
  ]);

  it("before the occasion: the main clause's talks are the ministers', the summit the president's", () => {
    const events = builtEvents(
      "occasion.txt",
      story(
        "Weeks before Maltese President Ivo Marr lands in Tunisia for the 9th Annual Malta-Tunisia Summit, Foreign Minister Tomas Reyne and Foreign Minister Idris Mabeko held talks in Valletta on Tuesday.",
      ),
    );
    const talks = events.find((e) => e.people.includes("Tomas Reyne"));
    expect(talks).toMatchObject({ type: "talks", start: "2024-05-07" });
    expect(talks?.people).toEqual(["Idris Mabeko", "Tomas Reyne"]);
    expect(
      events.filter((e) => e.type === "summit").every((e) => !e.people.includes("Tomas Reyne")),
    ).toBe(true);
  });

  it("ahead of a summit between two leaders: the talks keep their own people", () => {
    const events = builtEvents(
      "occasion.txt",
      story(
        "Defence Minister Tomas Reyne and Defence Minister Idris Mabeko are scheduled to hold talks on Thursday, ahead of the annual summit between Prime Minister Clara Voss and President Jonas Tael.",
      ),
    );
    const talks = events.filter((e) => e.people.includes("Tomas Reyne"));
    expect(talks).toHaveLength(1);
    expect(talks[0]).toMatchObject({
      start: "2024-05-09",
      people: ["Idris Mabeko", "Tomas Reyne"],
    });
  });

  it("after others met: their meeting on its own day, with its own people", () => {
    const events = builtEvents(
      "occasion.txt",
      story(
        "Defence Minister Tomas Reyne met Defence Minister Idris Mabeko in Valletta on Tuesday.",
        "The meeting between Reyne and Mabeko took place after Prime Minister Clara Voss met President Jonas Tael in Tunis on May 2.",
      ),
    );
    const earlier = events.filter((e) => e.people.includes("Clara Voss"));
    expect(earlier).toEqual([
      { type: "talks", start: "2024-05-02", people: ["Clara Voss", "Jonas Tael"] },
    ]);
    expect(
      events.filter((e) => e.people.includes("Tomas Reyne")).every((e) => e.start === "2024-05-07"),
    ).toBe(true);
  });

  it("after others met, no day given: their meeting is not placed on the story's day", () => {
    const events = builtEvents(
      "occasion.txt",
      story(
        "Foreign Minister Tomas Reyne met Foreign Minister Idris Mabeko in Valletta on Tuesday.",
        "Reyne's visit came less than a month after Mabeko met with Foreign Minister Jonas Tael in Tunis.",
      ),
    );
    expect(events.filter((e) => e.people.includes("Jonas Tael"))).toEqual([]);
    expect(events.filter((e) => e.people.includes("Tomas Reyne")).map((e) => e.people)).toEqual([
      ["Idris Mabeko", "Tomas Reyne"],
    ]);
  });

  it("after talks with someone: the one met and the main clause's subject are in one meeting", () => {
    const events = builtEvents(
      "occasion.txt",
      story(
        "After talks with President Jonas Tael in Tunis on Tuesday, Prime Minister Clara Voss announced a trade agreement.",
      ),
    );
    expect(
      events.filter((e) => e.people.includes("Jonas Tael")).map((e) => e.people),
    ).toContainEqual(["Clara Voss", "Jonas Tael"]);
  });
});
