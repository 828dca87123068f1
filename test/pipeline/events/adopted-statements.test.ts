// @vitest-environment node
// "Following the meeting, the two leaders adopted statements on ...", "have agreed on a Joint
// Statement on Defence Cooperation": statements adopted or agreed at a meeting are a
// declaration of their own, on the meeting's day and by its parties.
import { describe, expect, it } from "vitest";
import { builtEvents, wireStory } from "../stage-inputs";

const story = (...body: string[]) => wireStory("Talks", body.join("\n\n"));

describe("statements adopted or agreed at a meeting", () => {
  it.each([
    [
      "are a declaration when adopted after the meeting",
      "President Ola Berg and President Tomas Lind met in Valletta today and discussed bilateral relations.",
      "Following the meeting, the two leaders adopted statements on joint efforts to simplify the visa regime.",
    ],
    [
      "are a declaration when a joint statement is agreed on",
      "Defence Minister Ola Berg hosted his Maltese counterpart Tomas Lind in Valletta today for the annual defence ministers' meeting.",
      "Malta and Norway have agreed on a Joint Statement on Defence Cooperation, which follows the principles of 2018.",
    ],
  ])("%s", (_title, meeting, statement) => {
    expect(builtEvents("a.txt", story(meeting, statement))).toEqual([
      { type: "declaration", start: "2024-05-08", people: ["Ola Berg", "Tomas Lind"] },
      { type: "talks", start: "2024-05-08", people: ["Ola Berg", "Tomas Lind"] },
    ]);
  });
});
