// @vitest-environment node
// Held-out findings: tense judged per clause, dates in subordinate clauses flagged,
// months in relative years, and month words inside names.
import { describe, expect, it } from "vitest";
import { resolveDates } from "../../src/pipeline/resolve-dates";
import type { DateContext } from "../../src/pipeline/types";

// A Thursday.
const ctx: DateContext = { published: "2024-06-13", publishedFrom: "text" };
const dates = (text: string) => resolveDates(text, ctx);
const pick = (text: string, phrase: string) => {
  const found = dates(text).find((d) => d.text === phrase);
  if (!found) throw new Error(`no "${phrase}" in ${JSON.stringify(dates(text))}`);
  return found;
};

describe("future weekdays judged on the date's own clause", () => {
  it.each([
    "On Monday, the envoy is scheduled to open the new consulate.",
    "On Monday, the envoy is due to open the new consulate.",
    "On Monday, the envoy is set to open the new consulate.",
    "On Monday, the envoy will open the new consulate, the embassy said.",
    "On Monday, the envoy is expected to open the new consulate.",
    "The new consulate, now expected on Monday, will house the trade office.",
    "The envoy plans to open the new consulate on Monday.",
    "A signing ceremony to be held on Monday will mark the deal.",
    "The envoy said she was looking forward to the opening on Monday.",
    "The two sides will hold talks on Monday, reported the state news agency.",
    "The ministers will meet in the capital on Monday, the agency reports.",
    "The ministry expects a large delegation at the trade forum on Monday.",
  ])("sends '%s' to the next Monday", (text) => {
    expect(pick(text, /on Monday/i.exec(text)?.[0] ?? "")).toMatchObject({
      start: "2024-06-17",
      future: true,
    });
  });

  it("keeps a past verb next to the date even when a later clause looks ahead", () => {
    const text = "The envoy arrived on Monday and the consulate is expected to open soon.";
    expect(pick(text, "on Monday")).toMatchObject({ start: "2024-06-10", future: false });
  });

  it("reads the date with its own verb, not a second one after 'and'", () => {
    const text =
      "Japan held a meeting with the United States on Sunday and is planning to have one with India later this month.";
    expect(pick(text, "on Sunday")).toMatchObject({ start: "2024-06-09", future: false });
    const ahead = "The envoy will open the consulate on Monday and then met the press.";
    expect(pick(ahead, "on Monday")).toMatchObject({ start: "2024-06-17", future: true });
  });

  it("reads the date with its own verb, not one past a comma after it", () => {
    const text =
      "The minister said on Wednesday she would meet her counterpart in Lima on July 14, after the two sides resumed talks.";
    expect(pick(text, "July 14")).toMatchObject({ start: "2024-07-14", future: true });
    const past = "The envoy, who arrived on Monday, will open the consulate.";
    expect(pick(past, "on Monday")).toMatchObject({ start: "2024-06-10", future: false });
  });

  it("does not let a future relative clause change a past main clause", () => {
    const text = "The envoy, who will retire next year, opened the consulate on Monday.";
    expect(pick(text, "on Monday")).toMatchObject({ start: "2024-06-10", future: false });
  });
});

describe("months in a year counted from publication", () => {
  it.each([
    ["The frigate was commissioned in August last year.", "in August last year", "2023-08"],
    ["Talks began in late November last year.", "in late November last year", "2023-11"],
    ["The pact lapses in April next year.", "in April next year", "2025-04"],
    ["Elections were held in January this year.", "in January this year", "2024-01"],
  ])("reads %s", (text, phrase, start) => {
    expect(pick(text, phrase)).toMatchObject({
      start,
      precision: "month",
      basis: "year-inferred",
    });
  });

  it("keeps a stated day with a relative year at day precision", () => {
    expect(pick("The jets landed on 9 October last year.", "on 9 October last year")).toMatchObject(
      {
        start: "2023-10-09",
        precision: "day",
      },
    );
  });

  it("still reads bare relative years and months against publication", () => {
    const found = dates("Exports doubled last year and a review is due next month.");
    expect(found.map((d) => [d.text, d.start, d.precision])).toEqual([
      ["last year", "2023", "year"],
      ["next month", "2024-07", "month"],
    ]);
  });

  it("stays unknown without a publication date", () => {
    const [d] = resolveDates("It opened in May last year.", {
      published: null,
      publishedFrom: null,
    });
    expect(d).toMatchObject({ start: null, precision: "unknown" });
  });
});

describe("subordinate dates", () => {
  it("flags a date in an appositive or a since-phrase, not the main one", () => {
    const text =
      "On Tuesday, the admiral met his Japanese counterpart, their first talks since the collision last month.";
    expect(pick(text, "On Tuesday").subordinate).toBe(false);
    expect(pick(text, "last month")).toMatchObject({ start: "2024-05", subordinate: true });
  });

  it("flags a date in a relative clause", () => {
    const text = "Okafor, who became chief in March, addressed the cadets on Wednesday.";
    expect(pick(text, "in March").subordinate).toBe(true);
    expect(pick(text, "on Wednesday")).toMatchObject({ start: "2024-06-12", subordinate: false });
  });

  it("ends a relative clause without commas at its second verb", () => {
    const text = "The general who retired in 2019 will speak at the forum on Friday.";
    expect(pick(text, "in 2019").subordinate).toBe(true);
    expect(pick(text, "on Friday")).toMatchObject({ subordinate: false, future: true });
  });

  it("flags a date in a trailing participle of speech or stance", () => {
    const text =
      "The envoy met the Malaysian minister, reaffirming support for Malaysia's chairmanship in 2025.";
    expect(pick(text, "in 2025").subordinate).toBe(true);
    const main = "The envoy met the minister in March, stressing the value of the ties.";
    expect(pick(main, "in March").subordinate).toBe(false);
  });

  it("flags after, before and ahead-of phrases", () => {
    expect(pick("The fleet sailed a day after the drill on Monday.", "on Monday").subordinate).toBe(
      true,
    );
    expect(pick("Ministers met ahead of the vote on Friday.", "on Friday").subordinate).toBe(true);
  });

  it("flags a post-phrase ('their first meeting post the summit in May'), not the noun 'post'", () => {
    const text = "Later in the day it will be their first meeting post the summit in May.";
    expect(pick(text, "in May").subordinate).toBe(true);
    expect(pick("The summit will be held on Friday, post the vote.", "on Friday").subordinate).toBe(
      false,
    );
    const noun = "Okafor took up the post in March.";
    expect(pick(noun, "in March").subordinate).toBe(false);
  });

  it("does not take reported speech or a determiner 'that' for a relative clause", () => {
    expect(pick("The ministry said that the ship sank on Sunday.", "on Sunday").subordinate).toBe(
      false,
    );
    expect(pick("Both sides signed that accord on Sunday.", "on Sunday").subordinate).toBe(false);
  });
});

describe("month words inside names", () => {
  it.each([
    "Defence Minister Dong Jun attended the forum.",
    "Talks with Theresa May in London went well.",
    "During May's time in office the treaty stalled.",
    "Crowds gathered for the May Day parade.",
    "He met Dong Jun 5 times.",
    "Theresa May, 2019 was a hard year for her.",
    "The budget was passed in Jun.",
  ])("finds no date in '%s'", (text) => {
    expect(dates(text)).toEqual([]);
  });

  it("still reads the month when it is a date", () => {
    expect(dates("In May, Dong Jun visited Hanoi.").map((d) => d.start)).toEqual(["2024-05"]);
    expect(dates("The Jun 5 meeting went ahead.").map((d) => d.start)).toEqual(["2024-06-05"]);
  });
});

describe("reported speech after a past reporting verb", () => {
  it.each([
    "Minister Oyelaran wrote to Premier Kessler on Monday that all four member states would keep sending grain.",
    "The envoy informed the committee in a video call on Monday that the depot will stay open.",
    "Chancellor Brandvik told Governor Amaku on Monday that the partners would keep funding the port.",
    "The admiral assured his counterpart during a call on Monday that every one of the ships would return.",
  ])("keeps '%s' on the past Monday", (text) => {
    expect(pick(text, "on Monday")).toMatchObject({ start: "2024-06-10", future: false });
  });

  it("still reads a future telling as future", () => {
    const text = "The envoy will tell the committee on Monday that the depot would stay open.";
    expect(pick(text, "on Monday")).toMatchObject({ start: "2024-06-17", future: true });
  });
});
