// @vitest-environment node
// A consultation held or had on a day of its own is talks ("We will have a bilateral defence
// consultation next month"); working "in consultation with" someone is no meeting.
// (Written sentences.)
import { describe, expect, it } from "vitest";
import { eventsIn, readArticleOf } from "../stage-inputs";

const found = (paragraphs: string[]) =>
  eventsIn(readArticleOf(paragraphs, { published: "2010-06-08" })).map((e) => ({
    type: e.type,
    start: e.date?.start ?? null,
  }));

describe("a consultation", () => {
  it("had on a day of its own is talks", () => {
    expect(
      found([
        "The minister said the two armies would build on the visit. We will have a bilateral defence consultation next month in Baku, he said.",
      ]),
    ).toEqual([{ type: "talks", start: "2010-07" }]);
  });

  it("as a manner of working is no event", () => {
    expect(found(["The plan was drawn up in consultation with the allies last month."])).toEqual(
      [],
    );
  });
});
