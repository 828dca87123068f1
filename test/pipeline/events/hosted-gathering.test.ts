// @vitest-environment node
// A conference or forum someone hosts, and a ceremony hosted by someone, are gatherings of
// their own on the day told for them (rules/en/event-triggers.json occasion.hosted-gathering,
// occasion.gathering-hosted-by, occasion.gathering-host-relative). A press conference hosted
// is no gathering, and a conference with no day of its own gives no event.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { storyEvents } from "../stage-inputs";

const events = (...paragraphs: string[]) => storyEvents("h.txt", "Ministry news", ...paragraphs);

describe("a gathering someone hosts", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Ellen Marsh"]);

  it("is an event when a conference is hosted on a day told for it", () => {
    expect(
      events(
        "The Ministry of Trade will host the ninth annual Baltic-Nordic Trade and Investment Forum, commonly known as the Nordic Forum, June 14-15, 2024 in Valletta.",
      ),
    ).toContainEqual({ type: "other", start: "2024-06-14", people: [] });
  });

  it("is an event when the conference is named before its host", () => {
    expect(
      events(
        "The ministers will discuss the situation ahead of the Palermo conference that Italy will host on June 12-13.",
      ),
    ).toContainEqual({ type: "other", start: "2024-06-12", people: [] });
  });

  it("takes the host of a ceremony as one who took part", () => {
    expect(
      events(
        "In a historic signing ceremony hosted by President Ellen Marsh at the palace on Monday, the two states agreed to open embassies.",
      ),
    ).toContainEqual({ type: "other", start: "2024-05-06", people: ["Ellen Marsh"] });
  });

  it("is no event for a press conference, nor for a conference with no day", () => {
    expect(
      events(
        "The ministry hosted a press conference on Monday.",
        "The ministry hopes to host a conference on trade.",
      ),
    ).toEqual([]);
  });
});
