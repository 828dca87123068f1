// @vitest-environment node
// News pages often open with a summary and tell the arrival again in the body ("X arrived in
// Ghana for a two-day visit. ... X has arrived in Ghana for a two-day official visit. X is
// scheduled to hold meetings with Y"): a plan told right after the stay is told again is on
// that stay, as it is when told right after the first telling.
import { describe, expect, it } from "vitest";
import { builtEvents } from "../stage-inputs";

const story = (...paragraphs: string[]) =>
  ["Minister arrives in Ghana", "Accra, May 8, 2024 (Wire) -", ...paragraphs].join("\n\n") + "\n";

const ARRIVED = "Foreign Minister Lena Berg arrived in Ghana for a two-day visit.";
const RETOLD = "Foreign Minister Lena Berg has arrived in Ghana for a two-day official visit.";
const PLAN =
  "Berg is scheduled to hold bilateral meetings with Foreign Minister Kwame Osei and pay a courtesy call on President John Mensah.";

describe("a stay told again", () => {
  it("places the plan told next on the stay, not after another visitor's visit", () => {
    const found = builtEvents("a.txt", story(ARRIVED, RETOLD, PLAN));
    expect(found.filter((e) => e.type === "talks").map((e) => `${e.start} ${e.people}`)).toEqual([
      "2024-05-08 John Mensah,Lena Berg",
      "2024-05-08 Kwame Osei,Lena Berg",
    ]);
    // Another visitor's visit told between them is no telling of the stay.
    const apart = builtEvents(
      "b.txt",
      story(ARRIVED, "President John Mensah has visited Germany twice.", PLAN),
    );
    expect(apart.filter((e) => e.type === "talks")).toEqual([]);
  });
});
