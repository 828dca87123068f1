// @vitest-environment node
// "X and Y attended the signing ceremony", "Z attended the commissioning ceremony": a ceremony
// named by what it is the ceremony of, held on the day the story tells that signing or
// commissioning, is its ceremony. Those present take part in it; no second event is told.
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

  it("adds those at a commissioning ceremony to the commissioning", () => {
    const found = storyEvents(
      "b.txt",
      "Frigate joins Eastland navy",
      "The frigate Sea Hawk was inducted into the Eastland Navy at Port Ellis on Monday in the presence of Defence Minister Arun Vale.",
      "Ambassador Tomas Lind and Admiral Per Holm of Westland attended the commissioning ceremony.",
    );
    const that = found.filter((e) => e.start === "2024-05-06");
    expect(that).toHaveLength(1);
    expect(that[0]?.people).toEqual(
      expect.arrayContaining(["Arun Vale", "Per Holm", "Tomas Lind"]),
    );
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
