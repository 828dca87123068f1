// @vitest-environment node
// reference/name-words.json's occasion words (notInPersonalNames, beside "Festival" and
// "Award"): a capitalised word that ends the name of a ceremony makes the words before it an
// occasion, not a person, even after a title ("an Ambassador Credentialing Ceremony").
import { describe, expect, it } from "vitest";
import { namesIn } from "./people-of";

describe("occasion words", () => {
  it("reads an office-led ceremony as no person", () => {
    expect(
      namesIn([
        "Later in the afternoon, the President will participate in an Ambassador Credentialing Ceremony in the Oval Office.",
      ]),
    ).toEqual([]);
  });
});
