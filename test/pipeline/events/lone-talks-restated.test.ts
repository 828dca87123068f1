// @vitest-environment node
// One person's talks told again without their counterpart: talks of a phone call's day whose
// one person is on the call are that call, and talks dated only by the year, beside the day's
// meeting of the same person, are that meeting told again, not talks of their own.
import { describe, expect, it } from "vitest";
import { builtEvents, wireStory } from "../stage-inputs";

const story = (...paragraphs: string[]) => wireStory("Ministers meet", paragraphs.join("\n\n"));

describe("one person's talks told again", () => {
  it("are the phone call of that day", () => {
    const found = builtEvents(
      "a.txt",
      story(
        "On May 6, Foreign Minister Arun Vale spoke over the phone with Westland Secretary of State Odile Marchetti, at the latter's initiative.",
        "The conversation focused on the situation in Eastland. Arun Vale restated the need for a ceasefire and the launch of a direct dialogue between the capital and the rebels. The two officials agreed to continue working with both sides.",
      ),
    );
    expect(found).toEqual([
      { type: "phone-call", start: "2024-05-06", people: ["Arun Vale", "Odile Marchetti"] },
    ]);
  });

  it("are the day's meeting when dated only by the year", () => {
    const found = builtEvents(
      "b.txt",
      story(
        "Westland Defence Minister Odile Marchetti held a bilateral meeting with Eastland Defence Minister Arun Vale on May 7.",
        "Minister Arun Vale highly appreciated Westland in organizing the informal meeting. Arun Vale believed that Westland will successfully organize the defence meetings and activities in 2024.",
      ),
    );
    expect(found).toEqual([
      { type: "talks", start: "2024-05-07", people: ["Arun Vale", "Odile Marchetti"] },
    ]);
  });

  it("stay talks of their own on a day the story tells nothing else", () => {
    const found = builtEvents(
      "c.txt",
      story(
        "On May 6, Foreign Minister Arun Vale spoke over the phone with Westland Secretary of State Odile Marchetti.",
        "On May 7, Arun Vale held talks in Port Ellis.",
      ),
    );
    expect(found.map((e) => `${e.type} ${e.start}`).sort()).toEqual([
      "phone-call 2024-05-06",
      "talks 2024-05-07",
    ]);
  });
});
