// @vitest-environment node
// A communiqué wrapped at a fixed width (a written page, none from the corpora): one of its
// lines opens with a span of days and runs on into the sentence.
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";
import { findStamp } from "../../../src/pipeline/read/stamps";

const read = (text: string) => readArticle({ file: "a.txt", text }, { today: "2026-12-06" });

describe("a span of days on a wrapped line", () => {
  it("keeps the line in the story, not as the page's date line", () => {
    const a = read(
      [
        "Arcadian President John Doe and his Utopian counterpart,",
        "Jane Roe, have issued a joint communique on the former's state",
        "visit to the latter and the inaugural session of the commission",
        "between Utopia and Arcadia in the capital.",
        "Full Text Of Communique",
        "1. At the invitation of the President of the Republic of Utopia,",
        "Her Excellency, Jane Roe; His Excellency, John Doe,",
        "President of the Republic of Arcadia, paid a State Visit to",
        "Utopia from 02 - 04 October 2019, and attended the inaugural",
        "session of the Bi-National Commission, as part of continuing",
        "bilateral engagements aimed at strengthening cooperation.",
      ].join("\n"),
    );
    expect(a.paragraphs.join(" ")).toContain(
      "paid a State Visit to Utopia from 02 - 04 October 2019, and attended the inaugural session",
    );
  });

  it("reads days of one month joined by a dash as a span, never a stamp", () => {
    expect(findStamp("Utopia from 02 - 04 October 2019, and attended the inaugural")).toBeNull();
    expect(findStamp("held in Paris on 12 – 14 March 2019 with partners")).toBeNull();
    // A clock time before the dash is no day: the date after it is the stamp.
    expect(findStamp("Updated 14:29 - 04 October 2019")?.date).toBe("2019-10-04");
    expect(findStamp("June 25, 2024 - Ottawa, Ontario - Global Affairs Canada")?.date).toBe(
      "2024-06-25",
    );
  });
});
