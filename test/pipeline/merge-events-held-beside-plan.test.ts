// @vitest-environment node
// A story telling a meeting still ahead ("is scheduled to meet X on Friday") and, with no date,
// talks told as held ("the visit came after X held talks with the British Foreign Secretary"):
// the talks held are another, earlier meeting, not the planned one another story also tells.
// A story reporting the meeting as held still folds its undated "held talks" into it.
import { describe, expect, it } from "vitest";
import { eventsOfBoth, story } from "./two-stories";

const ahead = story(
  "Ministers to meet",
  "MOSCOW, March 31, 2022 (Wire) - Foreign Minister Sergey Lavrov will meet Foreign Minister Subrahmanyam Jaishankar in New Delhi on Friday.",
);

/** The talks told by both stories: their status and their sources as "article:paragraph". */
function sharedTalks(other: string) {
  return eventsOfBoth(other, ahead)
    .events.filter((e) => e.type === "talks")
    .map((e) => ({
      status: e.status,
      sources: e.sources.map((s) => `${s.articleId}:${s.paragraph}`),
    }));
}

describe("undated talks told as held, beside a meeting still ahead", () => {
  it("are not the planned meeting", () => {
    const found = sharedTalks(
      story(
        "Minister arrives",
        "NEW DELHI, March 31, 2022 (Wire) - Foreign Minister Sergey Lavrov arrived in New Delhi on Thursday.",
        "Lavrov is scheduled to meet Foreign Minister Subrahmanyam Jaishankar on Friday.",
        "The visit came after Jaishankar held talks with the British Foreign Secretary.",
      ),
    );
    expect(found).toEqual([{ status: "planned", sources: ["a:1", "b:0"] }]);
  });

  it("are the meeting a story reports as held", () => {
    const found = sharedTalks(
      story(
        "Ministers meet",
        "NEW DELHI, April 2, 2022 (Wire) - Foreign Minister Sergey Lavrov met Foreign Minister Subrahmanyam Jaishankar in New Delhi on Friday.",
        "Lavrov and Jaishankar held talks on trade and energy.",
      ),
    );
    expect(found).toEqual([{ status: "happened", sources: ["a:0", "a:1", "b:0"] }]);
  });
});
