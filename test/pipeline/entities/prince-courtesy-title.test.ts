// @vitest-environment node
// "Prince" before a royal's name is a courtesy title, like "Sheikh": no part of the name
// ("Minister of Energy Prince Turki bin Rashid bin Fahdil" is "Turki bin Rashid bin Fahdil"),
// while "Crown Prince" stays an office. A page cut off after the first name and a particle
// ("Their Royal Highnesses Prince Rashid bin") names no one.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { peopleIn } from "./people-of";

describe("Prince as a courtesy title", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Turki bin Rashid bin Fahdil",
    "Nayef bin Saud bin Fahdil",
    "Rashid",
  ]);

  it("reads the name after it without it, the office before it kept", () => {
    expect(
      peopleIn([
        "Attending were Minister of Energy Prince Turki bin Rashid bin Fahdil; and Crown Prince Nayef bin Saud bin Fahdil.",
      ]).map((p) => [p.name, p.role]),
    ).toEqual([
      ["Nayef bin Saud bin Fahdil", "Crown Prince"],
      ["Turki bin Rashid bin Fahdil", "Minister of Energy"],
    ]);
  });

  it("reads no one in a name cut off after a particle", () => {
    expect(
      peopleIn(["The delegation was received by Their Royal Highnesses Prince Rashid bin"]),
    ).toEqual([]);
  });
});
