// @vitest-environment node
// "Okafor left for Malta today for a four-day visit", then "A delegation led by Okafor will
// take part in the bilateral discussions with Prime Minister Lemalu": talks told as "the
// discussions", with someone the visit does not name, are a meeting held during the visit,
// not more words about the visit. None of these people is in the reference data.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { storyEvents } from "../stage-inputs";

const LEFT = "Prime Minister Ines Okafor will leave for Malta today for a four-day official visit.";

describe("talks with someone new, told as part of a visit", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Ines Okafor", "Tavita Lemalu"]);

  it("are a meeting of their own on the visit's day, not folded into the visit", () => {
    const found = storyEvents(
      "a.txt",
      "Prime Minister to visit Malta",
      LEFT,
      "A delegation led by Okafor will take part in the bilateral discussions with Prime Minister Tavita Lemalu in Valletta.",
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { type: "visit", start: "2024-05-08", people: ["Ines Okafor"] },
        { type: "talks", start: "2024-05-08", people: ["Ines Okafor", "Tavita Lemalu"] },
      ]),
    );
    expect(found).toHaveLength(2);
  });

  it("still add to the visit when they name only its own people", () => {
    const found = storyEvents(
      "b.txt",
      "Prime Minister to visit Malta",
      LEFT,
      "A delegation led by Okafor will take part in the bilateral discussions in Valletta.",
    );
    expect(found).toEqual([{ type: "visit", start: "2024-05-08", people: ["Ines Okafor"] }]);
  });
});
