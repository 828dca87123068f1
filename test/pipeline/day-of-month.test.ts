// @vitest-environment node
// A day of the month alone closing its clause ("signed the agreement in Manila on the 8th.",
// "met ... on 4 th .") is that day of the month the story is told in, or of the month before
// or after as the tense says; "on the 60th anniversary" and "on the 5th of April" are not.
import { describe, expect, it } from "vitest";
import { resolveDates } from "../../src/pipeline/resolve-dates";

const starts = (text: string, published: string) =>
  resolveDates(text, { published, publishedFrom: "text" }).map((r) => r.start);

describe("a day of the month alone", () => {
  it("is a past day of the month of publication", () => {
    expect(
      starts("Japan and the Philippines signed the agreement in Manila on the 8th.", "2024-07-10"),
    ).toEqual(["2024-07-08"]);
    expect(
      starts("The minister met his counterpart for talks at the ministry on 4 th .", "2024-10-07"),
    ).toEqual(["2024-10-04"]);
  });

  it("is of the month before when past and after the day of publication", () => {
    expect(starts("The two ministers met in Manila on the 28th.", "2024-07-02")).toEqual([
      "2024-06-28",
    ]);
  });

  it("is of the month after when ahead and before the day of publication", () => {
    expect(starts("The two ministers will meet in Manila on the 3rd.", "2024-07-20")).toEqual([
      "2024-08-03",
    ]);
  });

  it("leaves ordinals of other things alone", () => {
    expect(starts("The leaders spoke on the 60th anniversary of ties.", "2024-07-20")).toEqual([]);
  });
});
