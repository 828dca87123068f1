// @vitest-environment node
// A visitor's plans told paragraphs after the stay ("X is on a visit to Peru from October 13
// to 16", then "X is also scheduled to meet A and B"): the meeting is on the stay's days, still
// ahead. A plan told with no stay under way, or naming no one met, is not placed there.
// None of these people is in the reference data.
import { describe, expect, it } from "vitest";
import { knownToReference } from "../reference-guard";
import { builtEvents } from "../stage-inputs";

const story = (stay: string, plan: string) => `Chilean army chief holds talks in Lima

Lima, Oct 14, 2025 (Wire) - Peruvian Defence Minister Carlos Vega on Monday held talks with Chilean Army Commander General Ramon Fuentes on border security.

${stay}

The two sides reviewed training exchanges and the joint patrols on the border, the ministry said.

${plan}
`;

const talks = { type: "talks", start: "2025-10-13", people: ["Carlos Vega", "Ramon Fuentes"] };

describe("a visitor's plans during a stay told before", () => {
  it("is about people the reference data does not list", () => {
    expect(
      knownToReference(["Ramon Fuentes", "Carlos Vega", "Lucia Paredes", "Jorge Salas"]),
    ).toEqual([]);
  });

  it("are on the stay's days", () => {
    expect(
      builtEvents(
        "stay.txt",
        story(
          "General Fuentes is on a visit to Peru from October 13 to 16.",
          "General Fuentes is also scheduled to meet Foreign Minister Lucia Paredes and Interior Minister Jorge Salas.",
        ),
      ),
    ).toEqual([
      talks,
      {
        type: "talks",
        start: "2025-10-13",
        people: ["Jorge Salas", "Lucia Paredes", "Ramon Fuentes"],
      },
      { type: "visit", start: "2025-10-13", people: ["Ramon Fuentes"] },
    ]);
  });

  it("are in the stay's month when only that is told", () => {
    expect(
      builtEvents(
        "month.txt",
        story(
          "General Fuentes is on a four-day visit to Peru.",
          "During his stay, General Fuentes will meet Foreign Minister Lucia Paredes.",
        ),
      ),
    ).toEqual([
      { type: "talks", start: "2025-10", people: ["Lucia Paredes", "Ramon Fuentes"] },
      { type: "visit", start: "2025-10", people: ["Ramon Fuentes"] },
      talks,
    ]);
  });

  it("are not placed without a stay under way", () => {
    const built = builtEvents(
      "past.txt",
      story(
        "General Fuentes was on a visit to Peru from March 3 to 5.",
        "General Fuentes is also scheduled to meet Foreign Minister Lucia Paredes.",
      ),
    );
    expect(built.filter((e) => e.people.includes("Lucia Paredes"))).toEqual([]);
  });

  it("are not placed when no one is met", () => {
    const built = builtEvents(
      "alone.txt",
      story(
        "General Fuentes is on a visit to Peru from October 13 to 16.",
        "General Fuentes will also hold several meetings with business leaders.",
      ),
    );
    expect(built.filter((e) => e.type === "talks")).toEqual([talks]);
  });
});
