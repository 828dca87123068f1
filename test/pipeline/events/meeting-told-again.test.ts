// @vitest-environment node
// "On Thursday, Defence Minister X held talks ahead of the summit", a sentence more, then
// "... at a key delegation-level meeting between X and Y": a meeting of someone of the meeting
// just told and dated, told with no day of its own, is that meeting told again, on its day.
// A plan or a recall ("first met in ...") is not. None of these people is in the reference data.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { storyEvents } from "../stage-inputs";

const TOLD =
  "On Thursday, Defence Minister Ana Ruiz held high level talks in Valletta ahead of the summit. Spain showed keen interest in buying patrol boats, the ministry said.";

describe("a meeting told again just after the dated one", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Ana Ruiz", "Tavita Lemalu"]);

  it("is on that meeting's day", () => {
    const found = storyEvents(
      "a.txt",
      "Ministers meet",
      TOLD,
      "Madrid and Valletta deliberated on ways to enhance defence ties at a key delegation-level meeting between Ruiz and Maltese Defence Minister Tavita Lemalu.",
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { type: "talks", start: "2024-05-02", people: ["Ana Ruiz", "Tavita Lemalu"] },
      ]),
    );
  });

  it("is not when it is a recall", () => {
    const found = storyEvents(
      "b.txt",
      "Ministers meet",
      TOLD,
      "Ruiz had held her first meeting with Maltese Defence Minister Tavita Lemalu in Rome.",
    );
    expect(found.filter((e) => e.people.includes("Tavita Lemalu"))).toEqual([]);
  });
});
