// @vitest-environment node
// A ministers' Retreat is their informal meeting: talks held on its sidelines make it an event
// of the story too, as a ministers' Meeting does. The possessive's apostrophe comes between
// "Ministers" and "Retreat". (Written sentences.)
import { describe, expect, it } from "vitest";
import { eventsIn, readArticleOf } from "../stage-inputs";

const types = (paragraphs: string[]) =>
  eventsIn(readArticleOf(paragraphs, { published: "2010-01-15" })).map((e) => e.type);

describe("a ministers' Retreat", () => {
  it.each(["Ministers’ Retreat", "Ministers' Retreat"])(
    "on whose sidelines talks were held is a ministers' meeting (%s)",
    (name) => {
      expect(
        types([
          `On 14 January 2010, on the sidelines of the Nordic Foreign ${name} in Bergen, Foreign Minister Erik Lund met Norwegian Foreign Minister Jonas Dahl to discuss trade.`,
        ]),
      ).toEqual(expect.arrayContaining(["talks", "ministerial-meeting"]));
    },
  );
});
