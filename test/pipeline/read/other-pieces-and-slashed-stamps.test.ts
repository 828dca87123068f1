// @vitest-environment node
// From publication-date set 4 (written pages here): after the story, a site's "Opinion" or
// "Editorial" block lists other pieces, each with its date ("Updated 15 May, 2024"): none of
// those dates is the story's. And a stamp whose parts a spaced slash sets apart ("June 5, 2017
// / 7:44 PM / 2 months ago") is read as any other.
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";
import { findStamp } from "../../../src/pipeline/read/stamps";

const TODAY = { today: "2026-12-08" };

const story = `Prime Minister Rui Almeida. – File Photo

LISBON: Prime Minister Rui Almeida was given a warm welcome as he arrived here Monday on a two-day visit to hold talks with Norway's Prime Minister Ola Berg.

The two prime ministers also held an informal meeting at the airport.

Opinion

Editorial

Harbour fees
Updated 15 May, 2024

Harbour fees

The new fees clearly need to be reviewed.
Quiet ports
15 May, 2024
`;

describe("other pieces listed after the story", () => {
  it("lend it none of their dates", () => {
    expect(readArticle({ file: "visit.txt", text: story }, TODAY).published).toBeNull();
  });

  it("while a story's own stamp above them still dates it", () => {
    const stamped = story.replace("LISBON:", "14 February 2011\n\nLISBON:");
    expect(readArticle({ file: "visit.txt", text: stamped }, TODAY).published).toBe("2011-02-14");
  });
});

describe("a stamp set apart with spaced slashes", () => {
  it("is read", () => {
    expect(findStamp("June 5, 2017 / 7:44 PM / 2 months ago")?.date).toBe("2017-06-05");
  });
});
