// @vitest-environment node
// "Both the Prime Ministers led their delegations at the 4th Meeting of the Pakistan-Turkey
// High Level Strategic Cooperation Council": a meeting of a body named as a council or a
// committee is that standing body's session, as a commission's is. Ministers meeting as a
// body stay a ministers' meeting.
import { describe, expect, it } from "vitest";
import { builtEvents, wireStory } from "../stage-inputs";

const types = (file: string, body: string) =>
  builtEvents(file, wireStory("Leaders meet", body)).map((e) => `${e.type} ${e.start}`);

describe("a meeting of a council or committee", () => {
  it("is the body's session", () => {
    expect(
      types(
        "a.txt",
        "The two Prime Ministers on Wednesday led their delegations at the 4th Meeting of the Malta-Peru High Level Strategic Cooperation Council.",
      ),
    ).toContain("commission-meeting 2024-05-08");
  });

  it("of ministers as a body stays a ministers' meeting", () => {
    expect(
      types(
        "b.txt",
        "A meeting of the foreign ministers of the Malta-Peru Cooperation Council opened on Wednesday in Valletta.",
      ),
    ).toContain("ministerial-meeting 2024-05-08");
  });
});
