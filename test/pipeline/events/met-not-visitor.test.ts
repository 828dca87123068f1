// @vitest-environment node
// The one a visit's sentence says was met is not its visitor: "arrived on a two-day trip to
// Vladivostok to hold bilateral talks with Putin", "During the visit, the delegation interacted
// with Lieutenant General X" (rules/en/event-phrases.json, metWithBefore). A visitor named in
// the sentence still makes the visit theirs, with the one met beside them. A trip that names
// no traveller but was made to meet someone ("I travelled to Oslo on Monday to meet with X",
// rules: tripToMeet) tells that meeting, with the one met.
import { describe, expect, it } from "vitest";
import { builtEvents, wireStory } from "../stage-inputs";

const visits = (body: string) =>
  builtEvents("a.txt", wireStory("Delegation visits college", body)).filter(
    (e) => e.type === "visit",
  );

describe("the one met on a visit", () => {
  it("is no visitor when the sentence names only them", () => {
    expect(
      visits(
        "A six-member army delegation visited the military college in Rabat on Monday. During the visit, the delegation interacted with Lieutenant General Omar Haddad, the college's commandant.",
      ).flatMap((e) => e.people),
    ).not.toContain("Omar Haddad");
  });

  it("stays beside a visitor the sentence names", () => {
    expect(
      visits(
        "Foreign Minister Lena Berg arrived in Rabat on Monday on a two-day visit to hold talks with Omar Haddad.",
      ),
    ).toEqual([{ type: "visit", start: "2024-05-06", people: ["Lena Berg", "Omar Haddad"] }]);
  });

  it.each([
    "I travelled to Oslo on Monday to meet with the Norwegian Foreign Minister Lena Berg.",
    "A Danish delegation arrived in Oslo on Monday to hold talks with Foreign Minister Lena Berg.",
  ])("is the one a traveller no one names went to meet: %s", (body) => {
    const met = builtEvents("a.txt", wireStory("Minister's answer", body));
    expect(met).toEqual([{ type: "talks", start: "2024-05-06", people: ["Lena Berg"] }]);
  });

  it("stays the visit of no one when the one named was only met there", () => {
    const found = builtEvents(
      "a.txt",
      wireStory(
        "Minister's answer",
        "I travelled to Oslo on Monday, where I met the Norwegian Foreign Minister Lena Berg.",
      ),
    );
    expect(found.filter((e) => e.type === "talks")).toEqual([]);
  });
});
