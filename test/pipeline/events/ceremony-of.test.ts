// @vitest-environment node
// "X and Y attended the signing ceremony", "Z was chief guest at the concluding ceremony": a
// ceremony named by what it is the ceremony of, held on the day the story tells that event, is
// that event's ceremony. Those present take part in the event; no second event is told.
import { describe, expect, it } from "vitest";
import { storyEvents } from "../stage-inputs";

describe("a ceremony of an event the story tells", () => {
  it("adds those at a signing ceremony to the signing", () => {
    const found = storyEvents(
      "a.txt",
      "Eastland and Westland sign defence pact",
      "Eastland and Westland signed a defence cooperation agreement in Port Ellis on Monday.",
      "From Eastland, Foreign Minister Arun Vale and Defence Minister Tomas Lind attended the signing ceremony.",
    );
    const that = found.filter((e) => e.start === "2024-05-06");
    expect(that).toEqual([
      { type: "agreement", start: "2024-05-06", people: ["Arun Vale", "Tomas Lind"] },
    ]);
  });

  it("adds those at an exercise's opening ceremony to the exercise", () => {
    const found = storyEvents(
      "b.txt",
      "Joint drill opens",
      "The Eastland-Westland joint military exercise Sea Shield 2024 kicked off in Port Ellis on Monday.",
      "General Odile Marchetti, commander of the Eastland army, and Admiral Per Holm of Westland attended the opening ceremony.",
    );
    const that = found.filter((e) => e.start === "2024-05-06");
    expect(that).toHaveLength(1);
    expect(that[0]).toMatchObject({ type: "exercise" });
    expect(that[0]?.people).toEqual(expect.arrayContaining(["Odile Marchetti", "Per Holm"]));
  });

  it("keeps a ceremony that is not of the event told that day", () => {
    const found = storyEvents(
      "c.txt",
      "Eastland and Westland sign defence pact",
      "Eastland and Westland signed a defence cooperation agreement in Port Ellis on Monday.",
      "Earlier on Monday, Foreign Minister Arun Vale attended a ceremony at the war memorial.",
    );
    const that = found.filter((e) => e.start === "2024-05-06");
    expect(that.map((e) => e.type).sort()).toEqual(["agreement", "other"]);
  });
});
