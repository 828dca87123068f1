// @vitest-environment node
// A standfirst and a picture's caption over the lede ("... during their talks. (Photo | AP)",
// "Minister X (File | PTI)"): the caption is not one of the opening paragraphs, so the lede
// under it still dates the story, and the undated talks told after it take its day.
import { describe, expect, it } from "vitest";
import { builtEvents } from "../stage-inputs";

const story = (caption: string) => ` date 2026-09-19 Home Nation

Era of talks, Vale tells Marchetti at the summit

In response, Marchetti said the two countries would work together.

Published: 19th September 2026 11:09 AM

${caption}

NEW DELHI: Prime Minister Arun Vale held talks with President Odile Marchetti at their bilateral meeting on Friday on the sidelines of the summit.

"The era of talks has come," Vale said.

Marchetti pointed to the growing trade between the two countries.

Vale also held bilateral talks with President Jonas Berg of Norland.
`;

const talksWithBerg = (found: { type: string; start: string | null; people: string[] }[]) =>
  found.find((e) => e.people.includes("Jonas Berg"));

describe("a lede under a standfirst and a caption", () => {
  it("is found past a caption credited '(Photo | AP)'", () => {
    const found = builtEvents(
      "a.txt",
      story(
        "President Odile Marchetti listens to Prime Minister Arun Vale during their talks at the summit. (Photo | AP)",
      ),
    );
    expect(talksWithBerg(found)).toMatchObject({ type: "talks", start: "2026-09-18" });
  });

  it("is found past a caption credited '(File | PTI)'", () => {
    const found = builtEvents("a.txt", story("Prime Minister Arun Vale (File | PTI)"));
    expect(talksWithBerg(found)).toMatchObject({ type: "talks", start: "2026-09-18" });
  });

  it("is not sought past a third paragraph of story text", () => {
    const found = builtEvents(
      "a.txt",
      story("The summit brought leaders of the region together in the capital this week."),
    );
    expect(talksWithBerg(found)?.start ?? null).not.toBe("2026-09-18");
  });
});
