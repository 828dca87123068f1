// @vitest-environment node
// One sentence, several events: a gathering held beside talks, a signing beside a summit.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { builtEvents, ministersStory as story } from "../stage-inputs";

describe("several events in one sentence", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Odile Marchetti", "Tavita Lemalu"]);

  it("keeps the gathering that talks were held beside as an event of its own", () => {
    const found = builtEvents(
      "a.txt",
      story(
        "Fisheries Minister Odile Marchetti met Fisheries Minister Tavita Lemalu on Wednesday on the sidelines of the Pacific Fisheries Ministers' Meeting.",
      ),
    );
    expect(found.map((e) => [e.type, e.start, e.people.length]).sort()).toEqual([
      ["ministerial-meeting", "2024-05-08", 2],
      ["talks", "2024-05-08", 2],
    ]);
  });

  it("tells a meeting recalled from months before as that meeting alone, without its summit", () => {
    const found = builtEvents(
      "r.txt",
      story(
        "It will be their first meeting since Fisheries Minister Odile Marchetti met Fisheries Minister Tavita Lemalu on the sidelines of the Pacific Fisheries Ministers' Meeting in November 2022.",
      ),
    );
    expect(found.map((e) => [e.type, e.start, e.people.length])).toEqual([["talks", "2022-11", 2]]);
  });

  it("keeps a signing told beside a summit, but adds nothing to an undated sentence", () => {
    const found = builtEvents(
      "b.txt",
      story(
        "Prime Minister Odile Marchetti and President Tavita Lemalu held their annual summit on Wednesday and signed five agreements.",
      ),
    );
    expect(found.map((e) => e.type).sort()).toEqual(["agreement", "summit"]);
    const undated = builtEvents(
      "c.txt",
      `Ministers meet\n\nPrime Minister Odile Marchetti and President Tavita Lemalu held talks and signed five agreements.\n`,
    );
    expect(undated).toHaveLength(1);
  });

  it("keeps the meeting a signing was told at, when the signing is the statement", () => {
    const found = builtEvents(
      "d.txt",
      story(
        "President Odile Marchetti met President Tavita Lemalu in Valletta on Wednesday, where they signed 14 agreements on fisheries and trade.",
      ),
    );
    expect(found.map((e) => [e.type, e.start, e.people.length]).sort()).toEqual([
      ["agreement", "2024-05-08", 2],
      ["talks", "2024-05-08", 2],
    ]);
  });

  // 2407, 2194, 2389 of the pool: the date and the main word in a side clause, or a contrast
  // between the date and the word beside it (rules/en/event-phrases.json, besideSideClause):
  // the word beside them tells no event of that date.
  it.each([
    [
      "an opening participle clause",
      "Signed in October 2018 by President Odile Marchetti and President Tavita Lemalu, the deal has delivered three patrol boats.",
      "agreement",
      "other",
    ],
    [
      "a closing 'with' clause",
      "President Odile Marchetti and President Tavita Lemalu signed a deal for three patrol boats, with the first deliveries to begin in 2012.",
      "other",
      "agreement",
    ],
    [
      "a contrast",
      "President Odile Marchetti first launched negotiations on a fisheries pact with President Tavita Lemalu in 2012, but the deal was aborted at the last moment due to opposition to signing such a pact.",
      "other",
      "agreement",
    ],
  ])("tells no second event beside the date of %s", (_, body, told, beside) => {
    const types = builtEvents("e.txt", story(body)).map((e) => e.type);
    expect(types).toContain(told);
    expect(types).not.toContain(beside);
  });
});
