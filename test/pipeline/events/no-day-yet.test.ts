// @vitest-environment node
// Three kinds of sentence a story's own day must not be put on, or must be: a meeting "to be held
// as soon as possible" is a plan with no day yet; "calling on abandoning ..." is an appeal, not a
// call on anyone; "The group's meeting was held in Moscow under the co-chairmanship of A and B",
// under an opening that only refers to "the 23rd meeting", is the story's own meeting.
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";

const events = (file: string, text: string) =>
  buildDataset([{ file, text }], undefined, { today: "2026-11-22" }).dataset.events.map(
    (e) => `${e.type} ${e.start} ${e.participants.length}`,
  );

const story = (...body: string[]) =>
  `Ministers meet\n\nOslo, March 12, 2025 (Wire) - ${body.join("\n\n")}\n`;

describe("a meeting with no day yet", () => {
  it("places no event for a meeting to be held as soon as possible", () => {
    const found = events(
      "a.txt",
      story(
        "Foreign Minister Lena Berg had a breakfast meeting with her counterpart Tomas Varga on Wednesday.",
        "They also agreed to continue consultations for a trilateral ministerial meeting to be held as soon as possible.",
      ),
    );
    expect(found.filter((e) => e.startsWith("talks 2025-03-12"))).toHaveLength(1);
    expect(found.filter((e) => e.startsWith("ministerial-meeting"))).toEqual([]);
  });

  it("keeps a meeting held on its day", () => {
    const found = events(
      "b.txt",
      story(
        "Foreign Minister Lena Berg met her counterpart Tomas Varga on Wednesday.",
        "The two ministers said a trilateral ministerial meeting would be held on March 20.",
      ),
    );
    expect(found.filter((e) => e.includes(" 2025-03-20"))).not.toEqual([]);
  });
});

describe("calling on a course of action", () => {
  it("is no meeting beside the call told", () => {
    const found = events(
      "c.txt",
      story(
        "Foreign Minister Lena Berg on Wednesday held a phone conversation with Tomas Varga, adviser to the President.",
        "The two sides exchanged views on the crisis and held that the most urgent task is to push the parties concerned to ease tensions, calling on abandoning the mentality of bloc confrontation and seeking a solution that accommodates the concerns of all parties.",
      ),
    );
    expect(found).toEqual(["phone-call 2025-03-12 2"]);
  });
});

describe("the meeting the story opened on, told as held", () => {
  it("is the story's meeting, on the story's day", () => {
    const found = events(
      "d.txt",
      story(
        "The two countries have discussed defence industry cooperation, the ministry reported following the 23rd meeting of the working group of the joint commission.",
        "The group's meeting was held in Oslo under the co-chairmanship of Deputy Minister Lena Berg and First Deputy Director Tomas Varga.",
      ),
    );
    expect(found.filter((e) => e.endsWith(" 2") && e.includes("2025-03"))).not.toEqual([]);
  });

  it("does not take a last meeting recalled as held for the story's", () => {
    const found = events(
      "e.txt",
      story(
        "Deputy Minister Lena Berg and First Deputy Director Tomas Varga take part in the fifth meeting of the committee.",
        "Cooperation was suspended in 2014, when the last meeting was held.",
      ),
    );
    expect(found.filter((e) => e.startsWith("talks 2025-03-12 0"))).toEqual([]);
  });
});
