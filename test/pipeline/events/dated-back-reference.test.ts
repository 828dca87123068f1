// @vitest-environment node
// "A held talks with B", then "The agenda of Thursday's talks also included ...": a day-dated
// reference that names no one dates the talks told just before without a day, with their
// people, instead of telling talks of no one on that day.
import { describe, expect, it } from "vitest";
import { builtEvents } from "../stage-inputs";

const story = (...paragraphs: string[]) =>
  ` date 2026-10-17 Eastland and Westland deepen defence ties\n\nPORT ELLIS - ${paragraphs.join("\n\n")}\n`;

describe("a dated reference to talks told without a day", () => {
  it("gives its day to the talks and keeps their people", () => {
    const found = builtEvents(
      "a.txt",
      story(
        "Eastland Defence Minister Arun Vale held talks with Westland Defence Minister Odile Marchetti in Port Ellis.",
        "The agenda of Thursday's talks also included the purchase of two frigates, Marchetti said.",
      ),
    );
    expect(found).toEqual([
      { type: "talks", start: "2026-10-15", people: ["Arun Vale", "Odile Marchetti"] },
    ]);
  });

  it("does so when the talks are told after a remark", () => {
    const found = builtEvents(
      "b.txt",
      story(
        "Eastland Defence Minister Arun Vale said here on Thursday that he had discussed a new defence deal with the Westland government.",
        "Vale made the remarks at a joint press conference after talks with Westland Defence Minister Odile Marchetti.",
        "The agenda of Thursday's talks also included the purchase of two frigates, Marchetti said.",
      ),
    );
    expect(found).toContainEqual({
      type: "talks",
      start: "2026-10-15",
      people: ["Arun Vale", "Odile Marchetti"],
    });
    expect(found.filter((e) => e.people.length === 0)).toEqual([]);
  });

  it("leaves talks still to come without that day", () => {
    const found = builtEvents(
      "c.txt",
      story(
        "Eastland Defence Minister Arun Vale will hold talks with Westland Defence Minister Odile Marchetti in Port Ellis.",
        "The agenda of Thursday's talks included the purchase of two frigates, Marchetti said.",
      ),
    );
    expect(
      found.some((e) => e.start === "2026-10-15" && e.people.includes("Odile Marchetti")),
    ).toBe(false);
  });
});
