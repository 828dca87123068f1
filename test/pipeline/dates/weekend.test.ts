// @vitest-environment node
// "over the weekend", "at the weekend", "this weekend", "last weekend": the Saturday and Sunday
// the tense points to, a span of two days (the text names no one day of it).
import { describe, expect, it } from "vitest";
import { resolveDates } from "../../../src/pipeline/resolve-dates";

const read = (text: string, phrase: string, published: string) => {
  const found = resolveDates(text, { published, publishedFrom: "text" }).find(
    (d) => d.text === phrase,
  );
  if (!found) throw new Error(`no "${phrase}" in ${text}`);
  return [found.start, found.end];
};

describe("a weekend told without its days", () => {
  it.each([
    // Told on a Wednesday, in the past: the Saturday and Sunday just gone.
    [
      "During a phone call over the weekend, the two leaders agreed on the trip.",
      "over the weekend",
      "2020-02-12",
      ["2020-02-08", "2020-02-09"],
    ],
    // Told on a Friday, ahead: the next day and the one after.
    [
      "The NATO chief will visit Turkey at the weekend to attend the inauguration.",
      "at the weekend",
      "2023-06-02",
      ["2023-06-03", "2023-06-04"],
    ],
    // Told on a Saturday: "last weekend" is the one before.
    [
      "The rebels mostly pulled out of the capital last weekend.",
      "last weekend",
      "2011-08-20",
      ["2011-08-13", "2011-08-14"],
    ],
    // Told on a Tuesday, in the past.
    [
      "The leaders met at the Summit of the Americas this past weekend.",
      "this past weekend",
      "2012-04-17",
      ["2012-04-14", "2012-04-15"],
    ],
    // Told on a Wednesday, ahead.
    [
      "The two sides are expected to sign the helicopter deal this weekend.",
      "this weekend",
      "2016-10-12",
      ["2016-10-15", "2016-10-16"],
    ],
  ])("'%s' reads '%s' told on %s as %j", (text, phrase, published, span) => {
    expect(read(text, phrase, published)).toEqual(span);
  });
});
