// @vitest-environment node
// Words ending in -ed that describe a noun in defence and diplomatic copy ("guided missile",
// "armed forces", "related issues") are no past verb: they do not pull a yearless date
// about something ahead back into last year.
import { describe, expect, it } from "vitest";
import { resolveDates } from "../../src/pipeline/resolve-dates";
import type { DateContext } from "../../src/pipeline/types";

// A Thursday.
const ctx: DateContext = { published: "2024-06-13", publishedFrom: "text" };
const pick = (text: string, phrase: string) => {
  const found = resolveDates(text, ctx).find((d) => d.text === phrase);
  if (!found) throw new Error(`no "${phrase}" in ${text}`);
  return found;
};

describe("-ed adjectives before a noun", () => {
  it.each([
    "The ministers are believed to have discussed the upcoming commissioning of the navy's guided missile frigate at the northern port on July 1.",
    "The upcoming parade of the armed forces in the capital on July 1 will close the celebrations.",
    "The upcoming round of talks on related issues at the foreign ministry on July 1 is the third this year.",
  ])("leave '%s' ahead of publication", (text) => {
    expect(pick(text, "July 1")).toMatchObject({ start: "2024-07-01", future: true });
  });

  it("keeps a past verb of the clause deciding", () => {
    const text = "The navy commissioned the guided missile frigate at the northern port on June 1.";
    expect(pick(text, "June 1")).toMatchObject({ start: "2024-06-01", future: false });
  });

  it("keeps a yearless day after publication in last year when the clause's verb is past", () => {
    const text = "The navy commissioned the guided missile frigate at the northern port on July 1.";
    expect(pick(text, "July 1")).toMatchObject({ start: "2023-07-01", future: false });
  });
});
