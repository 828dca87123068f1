// @vitest-environment node
// One person's talks, no one met named ("Lavrov also held meetings with representatives from
// China and Pakistan"), say nothing of whom he met: another story's talks of that day between
// him and others (Cavusoglu's talks with Lavrov and Kuleba) are not them. Talks of that person
// alone in both stories, and the one-person talks of a story already in the event, still join.
import { describe, expect, it } from "vitest";
import { eventsOfBoth, story } from "./two-stories";

/** Events told by both stories: type, start and people by name. */
function sharedEvents(a: string, b: string): string[] {
  const { events, nameOf } = eventsOfBoth(a, b);
  return events.map((e) => `${e.type} ${e.start} ${e.participants.map(nameOf).join(", ")}`);
}

describe("one person's talks and another story's talks naming more", () => {
  it.each([
    [
      "keeps a minister's talks with unnamed envoys apart from talks another story names",
      story(
        "Lavrov in China",
        "BEIJING, March 31, 2022 (Wire) - Russian Foreign Minister Sergey Lavrov also held meetings with representatives from China and Pakistan on Thursday.",
      ),
      story(
        "Cavusoglu talks",
        "ANKARA, March 31, 2022 (Wire) - Turkish Foreign Minister Mevlut Cavusoglu held talks with Russian Foreign Minister Sergey Lavrov and Ukrainian Foreign Minister Dmytro Kuleba on Thursday.",
      ),
    ],
    [
      "keeps talks with unnamed officials apart from a meeting with a named counterpart",
      story(
        "Blinken to visit Saudi Arabia",
        "RIYADH, June 5, 2023 (Wire) - US Secretary of State Antony Blinken will hold talks with Saudi officials on June 8.",
      ),
      story(
        "Blinken meets Wang",
        "JAKARTA, June 9, 2023 (Wire) - US Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi on June 8.",
      ),
    ],
  ])("%s", (_, first, second) => {
    expect(sharedEvents(first, second)).toEqual([]);
  });

  it("still joins two stories' talks of that one person", () => {
    expect(
      sharedEvents(
        story(
          "Lavrov in China",
          "BEIJING, March 31, 2022 (Wire) - Russian Foreign Minister Sergey Lavrov also held meetings with representatives from China and Pakistan on Thursday.",
        ),
        story(
          "Lavrov busy",
          "MOSCOW, March 31, 2022 (Wire) - Russian Foreign Minister Sergey Lavrov held talks with several delegations on Thursday.",
        ),
      ),
    ).toEqual(["talks 2022-03-31 Sergey Lavrov"]);
  });

  it("still joins another story's talks to an event its own story's one-person talks are in", () => {
    expect(
      sharedEvents(
        story(
          "Lavrov in Delhi",
          "NEW DELHI, April 1, 2022 (Wire) - Russian Foreign Minister Sergey Lavrov held talks with External Affairs Minister Subrahmanyam Jaishankar on Friday.",
          "Lavrov also held meetings with business leaders on Friday.",
        ),
        story(
          "Jaishankar hosts Lavrov",
          "NEW DELHI, April 1, 2022 (Wire) - External Affairs Minister Subrahmanyam Jaishankar met Russian Foreign Minister Sergey Lavrov on Friday.",
        ),
      ),
    ).toEqual(["talks 2022-04-01 Sergey Lavrov, Subrahmanyam Jaishankar"]);
  });

  it("still joins one of separate meetings by an unnamed visitor to another story's meeting", () => {
    expect(
      sharedEvents(
        story(
          "EAM in Russia",
          "MOSCOW, December 27, 2023 (Wire) - Indian External Affairs Minister Subrahmanyam Jaishankar arrived in Moscow on Monday.",
          "On Wednesday, External Affairs Minister called on President Vladimir Putin and held discussions with Deputy Prime Minister Denis Manturov, as well as Foreign Minister Sergey Lavrov.",
        ),
        story(
          "Putin receives Jaishankar",
          "MOSCOW, December 28, 2023 (Wire) - Indian Foreign Minister Subrahmanyam Jaishankar met Russian President Vladimir Putin on Wednesday.",
        ),
      ),
    ).toEqual(["talks 2023-12-27 Subrahmanyam Jaishankar, Vladimir Putin"]);
  });
});
