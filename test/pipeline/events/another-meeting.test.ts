// @vitest-environment node
// A meeting told as one more ("also met", "will also meet jointly with"), naming someone the
// story's other meeting of that day lacks, is a meeting of its own; told naming no one new it
// is more of the same meeting. None of these people is in the reference data.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { builtEvents, ministersStory as story } from "../stage-inputs";

describe("one more meeting of the same day", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Odile Marchetti", "Tavita Lemalu", "Ines Okafor"]);

  it.each([
    [
      "keeps a meeting told with 'also' apart when it names someone new",
      "a.txt",
      "Foreign Minister Odile Marchetti met Foreign Minister Tavita Lemalu on Wednesday.\n\nMarchetti also met Trade Minister Ines Okafor on Wednesday before flying home.",
      [2, 2],
    ],
    [
      "keeps a joint meeting told with 'also' apart from the two-way one of its morning",
      "b.txt",
      "On Wednesday morning, Foreign Minister Odile Marchetti met Foreign Minister Tavita Lemalu.\n\nOn Wednesday, Marchetti also met jointly with Lemalu and Trade Minister Ines Okafor.",
      [2, 3],
    ],
  ])("%s", (_title, file, body, sizes) => {
    const talks = builtEvents(file, story(body)).filter(
      (e) => e.type === "talks" && e.start === "2024-05-08",
    );
    expect(talks.map((e) => e.people.length).sort()).toEqual(sizes);
  });

  it("tells 'also held talks' naming no one new as the same meeting", () => {
    const found = builtEvents(
      "c.txt",
      story(
        "Foreign Minister Odile Marchetti met Foreign Minister Tavita Lemalu on Wednesday.\n\nOn Wednesday Marchetti also held talks with Lemalu on fisheries.",
      ),
    );
    expect(found.filter((e) => e.type === "talks")).toHaveLength(1);
  });

  it("dates a meeting told 'After the meeting,' on the day of the meeting just told", () => {
    const found = builtEvents(
      "d.txt",
      story(
        "On the morning of May 9, Foreign Minister Odile Marchetti will meet Foreign Minister Tavita Lemalu.\n\nAfter the meeting, Minister Marchetti will have a working lunch meeting with Trade Minister Ines Okafor.",
      ),
    );
    expect(found.filter((e) => e.people.includes("Ines Okafor")).map((e) => e.start)).toEqual([
      "2024-05-09",
    ]);
  });
});
