// @vitest-environment node
// Date phrases a reader sees that the finder used to pass over: an ordinal after "the"
// ("September the 7th"), a weekday run on into its day where a page lost a space
// ("Thursday16 July"), a month a plan is "scheduled for", a month-day after a possessive
// ("the country's March 3 strike") and a full date after a place name ("in Lima May 4,
// 2019"). Each is read no finer than its words: a month stays a month. Numbers that are
// not dates stay unread.
import { describe, expect, it } from "vitest";
import { resolveDates } from "../../../src/pipeline/resolve-dates";

const read = (text: string, published = "2024-07-10") =>
  resolveDates(text, { published, publishedFrom: "text" }).map((r) => [r.text, r.start]);

describe("date forms news copy writes", () => {
  it("reads a month and an ordinal day joined by 'the'", () => {
    expect(read("The summit will be held on September the 9th in the northern city.")).toEqual([
      ["September the 9th", "2024-09-09"],
    ]);
  });

  it("reads a weekday glued to its day", () => {
    expect(read("The envoys will meet in Geneva on Monday15 July.")).toEqual([
      ["Monday15 July", "2024-07-15"],
    ]);
  });

  it("reads the month a plan is scheduled, slated or set for, as a month", () => {
    expect(read("The ministers will attend the forum, scheduled for October.")).toEqual([
      ["scheduled for October", "2024-10"],
    ]);
    expect(read("A second round of talks is slated for November.")).toEqual([
      ["slated for November", "2024-11"],
    ]);
  });

  it("reads a month-day after a possessive", () => {
    expect(read("The minister condemned the rebels’ June 28 raid on the port.")).toEqual([
      ["June 28", "2024-06-28"],
    ]);
  });

  it("reads a full date after a place name", () => {
    expect(read("The two leaders shake hands in Lima May 4, 2019.")).toEqual([
      ["May 4, 2019", "2019-05-04"],
    ]);
  });
});

describe("what is not a date stays unread", () => {
  it("does not read a count after a month and 'the' as a day", () => {
    // Past tense: the September before publication.
    expect(read("In September the 12 members agreed on a text.")).toEqual([
      ["In September", "2023-09"],
    ]);
  });

  it("does not read a surname that is a month", () => {
    expect(read("Admiral Dong Jun 5 times refused to meet.")).toEqual([]);
    expect(read("Prime Minister Theresa May 3 votes short.")).toEqual([]);
  });

  it("does not read 'for' alone before a month as a date", () => {
    expect(read("The ministers prepared the agenda for October talks.")).toEqual([]);
  });

  it("does not read a resolution number or a score as a day", () => {
    expect(read("The council adopted resolution 2533 (2020) by 12 votes to 3.")).toEqual([]);
  });
});
