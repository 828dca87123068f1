// @vitest-environment node
// A named day's parade or celebrations that an official is to attend, takes part in or
// represents a country at is an event of its own ("will be visiting Malta to attend Malta's
// Navy Day celebration on July 25", "to participate in the 80th Victory Day Celebration in
// May this year", "had represented Peru at the Victory Day Parade on June 24"), planned when
// told ahead, happened when told in the past, dated as precisely as the text says.
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";

function events(text: string) {
  const { dataset } = buildDataset([{ file: "p.txt", text }], undefined, { today: "2026-11-22" });
  const name = new Map(dataset.entities.map((e) => [e.id, e.name]));
  return dataset.events.map((e) => ({
    type: e.type,
    start: e.start,
    status: e.status,
    people: e.participants.map((p) => name.get(p) ?? p).sort(),
  }));
}

const story = (body: string) => `Navy chief to travel\n\nValletta, May 8, 2024 (Wire) - ${body}\n`;

describe("a day's parade or celebrations an official takes part in", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Tomas Reyne", "Lucia Paredes"]);

  it("is planned when told ahead, on the day given", () => {
    expect(
      events(
        story(
          "Peruvian Navy Chief Admiral Lucia Paredes will be visiting Malta to attend Malta's Navy Day celebration on May 25.",
        ),
      ),
    ).toContainEqual({
      type: "other",
      start: "2024-05-25",
      status: "planned",
      people: ["Lucia Paredes"],
    });
  });

  it("is dated to the month when the text gives the month", () => {
    expect(
      events(
        story(
          "Prime Minister Tomas Reyne will participate in the 80th Victory Day Celebration in Lima in June this year.",
        ),
      ),
    ).toContainEqual({
      type: "other",
      start: "2024-06",
      status: "planned",
      people: ["Tomas Reyne"],
    });
  });

  it("happened when told in the past", () => {
    expect(
      events(
        story(
          "Defence Minister Tomas Reyne arrived in Lima on Wednesday. He had represented Malta at the Victory Day Parade in Lima on April 24.",
        ),
      ),
    ).toContainEqual({
      type: "other",
      start: "2024-04-24",
      status: "happened",
      people: ["Tomas Reyne"],
    });
  });
});
