// @vitest-environment node
// A page with no headline is titled by its opening sentence, cut short with "…" when it is long
// (read/story-edits.ts). That title is the story's own first sentence, already read: cut short,
// it no longer names the summit a visit is made for, so read again as a headline it told the
// visit a second time, apart from the summit.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { builtEvents } from "../stage-inputs";

describe("an opening sentence standing as the title", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Aldo Varenne", "Mirela Costa"]);

  it("tells nothing the opening sentence does not", () => {
    const found = builtEvents(
      "a.txt",
      " date 2024-05-10 President Aldo Varenne of Moldova will pay an official visit to Lisbon on 20 May for the 14th Moldova-Portugal Annual Summit with Prime Minister Mirela Costa, the ministry's spokesperson said on Friday.\n\nThe two countries have held annual summits since 2010.\n",
    );
    expect(found.filter((e) => e.start === "2024-05-20").map((e) => e.type)).toEqual(["summit"]);
  });
});
