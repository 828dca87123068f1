// @vitest-environment node
// "X on Wednesday held a series of bilateral meetings with world leaders", then "X met A, B and
// C during the day": the people named next are the series' meetings, one with each, on its
// day. None of these people is in the reference data.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { builtEvents, wireStory } from "../stage-inputs";

const story = (body: string) => wireStory("Leaders meet", body);
const met = ["Ines Okafor", "Pavel Drozd", "Tavita Lemalu"];

describe("a series of meetings, its people named after it", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Odile Marchetti", ...met]);

  it("tells one meeting with each person named, on the series' day", () => {
    const found = builtEvents(
      "a.txt",
      story(
        "Prime Minister Odile Marchetti on Wednesday held a series of bilateral meetings with world leaders in Valletta.\n\nMarchetti met Fisheries Minister Tavita Lemalu, President Ines Okafor and Chancellor Pavel Drozd during the day-long talks.",
      ),
    );
    const withEach = met.map((name) =>
      found.filter((e) => e.start === "2024-05-08" && e.people.includes(name)),
    );
    expect(withEach.map((events) => events.length)).toEqual([1, 1, 1]);
    const events = new Set(withEach.flat());
    expect(events.size).toBe(3);
    for (const e of events) expect(e.people).toContain("Odile Marchetti");
  });

  it("leaves the people of a story with no series undated", () => {
    const found = builtEvents(
      "b.txt",
      story(
        "Prime Minister Odile Marchetti on Wednesday held talks with business leaders in Valletta.\n\nMarchetti has met Fisheries Minister Tavita Lemalu, President Ines Okafor and Chancellor Pavel Drozd.",
      ),
    );
    expect(found.filter((e) => e.people.includes("Tavita Lemalu"))).toEqual([]);
  });
});
