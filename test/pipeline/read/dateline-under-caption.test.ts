// @vitest-environment node
// A yearless wire dateline under a picture's caption ("Kaliningrad, June 2  Overcoming
// delays, ... on Thursday signed ..."): it comes off the lede like a dateline at the top, so
// its day is not read as the day of what the lede tells. (Written page.)
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";

const text = `Kaliningrad and Oslo sign a shipyard pact

By Ferrynews June 2, 2017 07:38

Kaliningrad and Oslo sign a shipyard pact

The Foreign Minister of Norway, Anna Berg and the Transport Minister of Russia, Ivan Petrov, witnessing the signing & exchange of agreements, at the Admiralty, in Kaliningrad, Russia

Kaliningrad, June 2  Overcoming delays, Norway and Russia on Thursday signed an agreement on two new ferries for the Baltic route.

The ministers also spoke of fishing quotas.
`;

describe("a yearless dateline under a caption", () => {
  it("comes off the lede as the story's dateline", () => {
    const a = readArticle({ file: "pact.txt", text }, { today: "2026-12-04" });
    expect(a.dateline).toBe("Kaliningrad");
    expect(a.paragraphs[0]).toMatch(/^Overcoming delays, Norway and Russia on Thursday signed/);
    expect(a.published).toBe("2017-06-02");
  });
});
