// @vitest-environment node
// "had an exchange of views with X" is a meeting with X; "exchanged views on" a topic only
// says what a meeting covered. (Written sentences.)
import { describe, expect, it } from "vitest";
import { eventsIn, readArticleOf } from "../stage-inputs";

const found = (paragraphs: string[]) =>
  eventsIn(readArticleOf(paragraphs, { published: "2024-05-10" })).map((e) => ({
    type: e.type,
    start: e.date?.start ?? null,
  }));

describe("an exchange of views", () => {
  it("with someone is talks with them", () => {
    expect(
      found([
        "Foreign Secretary Tomas Lund had an in-depth exchange of views with Deputy Foreign Minister Lena Berg in Oslo on May 8.",
      ]),
    ).toEqual([{ type: "talks", start: "2024-05-08" }]);
  });

  it("on a topic is no event of its own", () => {
    expect(
      found(["The two sides had a frank exchange of views on the security situation."]),
    ).toEqual([]);
  });
});
