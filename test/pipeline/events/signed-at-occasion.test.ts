// @vitest-environment node
// "The agreements were signed as part of the working visit of X", "The documents were signed
// following a meeting between A and B": the visit or meeting the signing names is an event of
// its own on the signing's day, with the people the sentence names, beside the signing (not
// folded into it); an occasion the story already tells on that day is not told twice.
import { describe, expect, it } from "vitest";
import { builtEvents } from "../stage-inputs";

const story = (second: string) => ` date 2026-10-17 Eastland and Westland sign defence deals

Eastland and Westland on Saturday signed three defence agreements in Port Ellis. ${second}
`;

describe("a signing told with the occasion it was signed at", () => {
  it("tells the visit as its own event", () => {
    const found = builtEvents(
      "a.txt",
      story(
        "The agreements were signed as part of the two-day visit of Eastland Prime Minister Arun Vale to Westland, where he met Westland President Odile Marchetti.",
      ),
    );
    expect(found).toContainEqual({
      type: "visit",
      start: "2026-10-17",
      people: expect.arrayContaining(["Arun Vale"]) as string[],
    });
    expect(found.some((e) => e.type === "agreement" && e.start === "2026-10-17")).toBe(true);
  });

  it("tells the meeting as its own event", () => {
    const found = builtEvents(
      "b.txt",
      story(
        "The documents were signed following a meeting between Eastland Defence Minister Arun Vale and his Westland counterpart Odile Marchetti.",
      ),
    );
    expect(found).toContainEqual({
      type: "talks",
      start: "2026-10-17",
      people: expect.arrayContaining(["Arun Vale", "Odile Marchetti"]) as string[],
    });
    expect(found.some((e) => e.type === "agreement" && e.start === "2026-10-17")).toBe(true);
  });

  it("does not repeat a meeting the story already tells that day", () => {
    const found = builtEvents(
      "c.txt",
      ` date 2026-10-17 Eastland and Westland sign defence deals

Eastland Defence Minister Arun Vale met his Westland counterpart Odile Marchetti in Port Ellis on Saturday. The two sides signed three defence agreements on Saturday. The documents were signed following a meeting between Arun Vale and Odile Marchetti.
`,
    );
    expect(found.filter((e) => e.type === "talks" && e.start === "2026-10-17")).toHaveLength(1);
  });
});
