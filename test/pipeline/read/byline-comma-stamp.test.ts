// @vitest-environment node
// A page that opens with the site's clock ("Sunday, December 14, 2025", the day it was
// fetched) and dates its story in the byline: "Desk name, 17 Nov, 2025 01:33 PM". The byline's
// date, filed with its time, is the story's. (A written page.)
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";
import { findStamp } from "../../../src/pipeline/read/stamps";

const text = `Sunday, December 14, 2025
Advertisement
World

Harbour pact signed as envoys meet in Lisbon

Harbour News Desk The Atlantic Wire, 17 Nov, 2025 01:33 PM

Portugal's envoy Rui Almeida on Monday met Norway's envoy Ola Berg in Lisbon, where both sides signed a harbour pact.
`;

describe("a byline with the date and time it was filed", () => {
  it("dates the story over a bare date at the top of the page", () => {
    const a = readArticle({ file: "pact.txt", text }, { today: "2026-12-05" });
    expect(a.published).toBe("2025-11-17");
  });

  it("is read with the date's month short or long and the time in either clock", () => {
    expect(findStamp("Harbour News Desk The Atlantic Wire, 17 Nov, 2025 01:33 PM")?.date).toBe(
      "2025-11-17",
    );
    expect(findStamp("Staff Reporter, November 17, 2025 9:05 am")?.date).toBe("2025-11-17");
  });
});
