// @vitest-environment node
// A page whose first line is already the story's lead (the store's date line runs straight
// into it, or the page has no headline): a full sentence of twelve words or more closing with
// a full stop is story text, and its events are read; a short or unstopped line is still the
// headline. (Written pages; the people are not in the reference data.)
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";
import { builtStarts } from "../stage-inputs";

const lead =
  "Prime Minister Aino Virtanen spoke on phone today with Lars Dahl, President of the Republic of Iceland.";
const rest = "Prime Minister conveyed her warm greetings to the President on his birthday.";

describe("a lead on the first line", () => {
  it("is the first paragraph, not the headline", () => {
    const a = readArticle({ file: "call.txt", text: ` date 2024-03-05 ${lead}\n\n${rest}\n` });
    expect(a.paragraphs[0]).toBe(lead);
    const b = readArticle({ file: "call.txt", text: `${lead}\n\n${rest}\n` });
    expect(b.paragraphs[0]).toBe(lead);
  });

  it("gives its events", () => {
    expect(builtStarts("call.txt", ` date 2024-03-05 ${lead}\n\n${rest}\n`)).toContainEqual({
      start: "2024-03-05",
      people: ["Aino Virtanen", "Lars Dahl"],
    });
  });

  it("leaves a short or unstopped first line as the headline", () => {
    for (const headline of [
      "Virtanen and Dahl discuss fisheries.",
      "Virtanen speaks to Dahl on phone, conveys birthday greetings to the Icelandic President",
    ]) {
      const a = readArticle({ file: "h.txt", text: `${headline}\n\n${lead}\n\n${rest}\n` });
      expect(a.title, headline).toBe(headline);
      expect(a.paragraphs[0], headline).toBe(lead);
    }
  });

  it("is also a first line that runs on past its first sentence, even unstopped", () => {
    const line =
      "The two navies began the sixth bilateral exercise Sea Falcon in Karachi Monday. The deputy commander was the chief guest at the ceremony";
    const a = readArticle({ file: "drill.txt", text: ` date 2020-01-06 ${line}\n\n${rest}\n` });
    expect(a.paragraphs[0]).toBe(line);
    // An abbreviation's full stop ends no sentence: this is still a headline.
    const headline =
      "Lt. Gen. Aino Virtanen to visit Iceland for talks with Dahl on fisheries and defence";
    const b = readArticle({ file: "h.txt", text: `${headline}\n\n${lead}\n\n${rest}\n` });
    expect(b.title).toBe(headline);
  });

  it("is also an unstopped line that tells a past meeting with its day", () => {
    const line =
      "On March 4, Prime Minister Aino Virtanen met Lars Dahl for talks on fisheries in the Arctic";
    const a = readArticle({ file: "met.txt", text: ` date 2024-03-06 ${line}\n\n${rest}\n` });
    expect(a.paragraphs[0]).toBe(line);
    expect(builtStarts("met.txt", ` date 2024-03-06 ${line}\n\n${rest}\n`)).toContainEqual({
      start: "2024-03-04",
      people: ["Aino Virtanen", "Lars Dahl"],
    });
    // Under a headline, such a line is the story's start, not a standfirst passed over.
    const b = readArticle({ file: "met.txt", text: `Leaders talk fish\n\n${line}\n\n${rest}\n` });
    expect(b.paragraphs[0]).toBe(line);
    // A headline in the present, or one with no day, stays the headline.
    for (const headline of [
      "Virtanen meets Dahl in Oslo on Tuesday to discuss fisheries and Arctic shipping",
      "Prime Minister Aino Virtanen met with President Lars Dahl of Iceland",
    ]) {
      const c = readArticle({ file: "h.txt", text: `${headline}\n\n${lead}\n\n${rest}\n` });
      expect(c.title, headline).toBe(headline);
    }
  });
});
