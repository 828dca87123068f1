import { describe, expect, it } from "vitest";
import { findSearchHits, searchTerms } from "../../src/data/search/search-terms";

const marked = (text: string, query: string) =>
  findSearchHits(text, searchTerms(query)).map(({ start, end }) => text.slice(start, end));

describe("search terms and hits", () => {
  it("reads words as the index does: lower case, accents folded, punctuation dropped", () => {
    expect(searchTerms("  Şahin, DELHI–Moscow  delhi ")).toEqual(["sahin", "delhi", "moscow"]);
    expect(searchTerms(" — ! ")).toEqual([]);
  });

  it("marks every word that starts with a term, and nothing inside a word", () => {
    expect(marked("Summit in New Delhi; summits resumed", "summ")).toEqual(["Summit", "summits"]);
    expect(marked("Consummate", "summ")).toEqual([]);
    expect(marked("Erdoğan met Şahin", "erdogan sah")).toEqual(["Erdoğan", "Şahin"]);
  });
});
