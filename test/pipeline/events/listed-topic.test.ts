// @vitest-environment node
// "The roadmap aims at cooperation in political and military dialogue, exercises, exchange of
// visits and training": plural event words listed among kinds of cooperation, in a sentence
// that dates nothing and names no one, are a topic, not events. Exercises told with a date
// stay events.
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";

const events = (file: string, text: string) =>
  buildDataset([{ file, text }], undefined, { today: "2026-11-22" }).dataset.events.map(
    (e) => `${e.type} ${e.start}`,
  );

const story = (...body: string[]) =>
  `Roadmap\n\nValletta, June 28, 2024 (Wire) - ${body.join("\n\n")}\n`;

describe("event words listed as a topic", () => {
  it("are no events", () => {
    const found = events(
      "a.txt",
      story(
        "Malta and Libya agreed on a roadmap which aims to enhance cooperation in the field of political and military dialogue, exercises, exchange of visits and training of military personnel.",
      ),
    );
    expect(found.filter((e) => /^(?:exercise|visit) /.test(e))).toEqual([]);
  });

  it("stay events when the sentence dates them", () => {
    const found = events(
      "b.txt",
      story(
        "The two navies held search and rescue drills, boarding drills and joint exercises on June 26 off Valletta.",
      ),
    );
    expect(found).toContain("exercise 2024-06-26");
  });
});
