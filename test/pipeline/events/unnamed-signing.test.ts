// @vitest-environment node
// "A and B held talks on Saturday. Eastland inked three deals with Westland", "The sides
// signed a joint declaration": a signing naming no signer, told just after a meeting of two
// people on its day, is an event of its own on that day by the meeting's parties (not more
// words about the meeting, which would fold it away); a signing still planned is not.
import { describe, expect, it } from "vitest";
import { builtEvents } from "../stage-inputs";

const story = (signing: string) => ` date 2026-10-17 Eastland and Westland seal defence deals

Eastland Prime Minister Arun Vale and Westland President Odile Marchetti held talks in Port Ellis on Saturday. ${signing}
`;

describe("a signing told after a meeting, naming no signer", () => {
  it("is the meeting's parties' signing on its day", () => {
    const found = builtEvents(
      "a.txt",
      story("Eastland inked three defence deals with Westland, including one for frigates."),
    );
    expect(found).toContainEqual({
      type: "agreement",
      start: "2026-10-17",
      people: expect.arrayContaining(["Arun Vale", "Odile Marchetti"]) as string[],
    });
    expect(found.some((e) => e.type === "talks" && e.start === "2026-10-17")).toBe(true);
  });

  it("takes the sides of a visit told just before", () => {
    const found = builtEvents(
      "b.txt",
      ` date 2026-11-03 Vale in Westland

On November 1, Eastland President Arun Vale visited Port Ellis and met with Westland President Odile Marchetti for the first time. The sides signed a joint declaration outlining the key areas of future cooperation.
`,
    );
    expect(found).toContainEqual({
      type: "declaration",
      start: "2026-11-01",
      people: ["Arun Vale", "Odile Marchetti"],
    });
  });

  it("takes 'the two leaders oversaw the signing of a “goodwill” agreement' as the meeting's", () => {
    const found = builtEvents(
      "d.txt",
      ` date 2026-10-16 Eastland President Arun Vale has hailed relations with Westland and said both countries have enhanced their ties in many fields through a win-win approach.

At a news conference in the capital Port Ellis following a meeting with his Westland counterpart Odile Marchetti, Vale said Eastland viewed Westland as a key partner.

The two leaders oversaw the signing of a “goodwill” agreement concerning the defence industry, officials said.
`,
    );
    expect(found).toContainEqual({
      type: "agreement",
      start: "2026-10-16",
      people: ["Arun Vale", "Odile Marchetti"],
    });
  });

  it("is not a signing still to come", () => {
    const found = builtEvents(
      "c.txt",
      story("Three defence deals are expected to be signed with Westland next month."),
    );
    expect(found.some((e) => e.type === "agreement" && e.start === "2026-10-17")).toBe(false);
  });
});
