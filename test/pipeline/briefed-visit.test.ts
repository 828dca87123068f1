// @vitest-environment node
// A visit that is only the subject of a briefing ("briefed him on X's visit to Y") is not an
// event of its own, and its visitor does not join the talks the sentence reports.
import { describe, expect, it } from "vitest";
import { eventsIn, readArticleOf } from "./stage-inputs";

// Published on a Friday.
const article = (paragraphs: string[]) => readArticleOf(paragraphs);
const events = (a: ReturnType<typeof article>) =>
  eventsIn(a).map((e) => ({
    type: e.type,
    participants: [...e.participants].sort(),
  }));

describe("a visit reported only as the subject of a briefing", () => {
  it.each([
    "Foreign Minister Arno Kessel held talks with Foreign Minister Pita Vaai in Apia on Wednesday and briefed him on Prime Minister Lotte Brandt's visit to Chile.",
    "Foreign Minister Arno Kessel held talks with Foreign Minister Pita Vaai in Apia on Wednesday and told him about Prime Minister Lotte Brandt's recent trip to Chile.",
    "Foreign Minister Arno Kessel held talks with Foreign Minister Pita Vaai in Apia on Wednesday and discussed Prime Minister Lotte Brandt's planned visit to Chile.",
  ])("creates no visit and leaves the visitor out: %s", (sentence) => {
    const found = events(article([sentence]));
    expect(found.map((e) => e.type)).not.toContain("visit");
    expect(found).toContainEqual({
      type: "talks",
      participants: ["person-arno-kessel", "person-pita-vaai"],
    });
  });

  it.each([
    "Kessel also informed Vaai about Prime Minister Lotte Brandt's visit to Chile.",
    "Kessel also briefed Vaai on the visit of Prime Minister Lotte Brandt to Chile.",
  ])("a later sentence that only briefs about a visit states no visit: %s", (later) => {
    const found = events(
      article([
        "Foreign Minister Arno Kessel held talks with Foreign Minister Pita Vaai in Apia on Wednesday.",
        later,
      ]),
    );
    expect(found.map((e) => e.type)).not.toContain("visit");
    expect(found.flatMap((e) => e.participants)).not.toContain("person-lotte-brandt");
  });
});
