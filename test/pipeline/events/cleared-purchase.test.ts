// @vitest-environment node
// A body that cleared or approved a purchase or deal on a day the text gives is an approval
// of its own ("the Defense Acquisition Council had cleared the procurement ... on May 22");
// one told with no day of its own ("Moscow has cleared a key defence agreement") is not
// dated by the story and gives no event.
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";

function events(text: string) {
  const { dataset } = buildDataset([{ file: "a.txt", text }], undefined, { today: "2026-11-22" });
  return dataset.events.map((e) => ({ type: e.type, start: e.start, title: e.title }));
}

const story = (...paragraphs: string[]) =>
  `Helicopter deal expected\n\nValletta, August 26, 2015 (Wire) - ${paragraphs.join("\n\n")}\n`;

describe("a purchase a body cleared", () => {
  it("is an approval on the day told for it", () => {
    const found = events(
      story(
        "The Defence Acquisition Council had cleared the procurement of 145 light utility helicopters on May 22 this year.",
      ),
    );
    expect(found).toContainEqual(expect.objectContaining({ type: "other", start: "2015-05-22" }));
    expect(found.find((e) => e.start === "2015-05-22")?.title).toMatch(/^Approval/);
  });

  it("is no event without a day of its own", () => {
    const found = events(story("Moscow has cleared a key defence agreement with Malta."));
    expect(found.filter((e) => e.title.startsWith("Approval"))).toEqual([]);
  });
});
