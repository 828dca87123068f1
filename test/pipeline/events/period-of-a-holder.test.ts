// @vitest-environment node
// "They also discussed the priorities of the Maltese chairmanship of the forum in 2025", "will
// also discuss a resolution on maintaining the mission until October 2025": the date is the
// period of the chairmanship or the mission (rules/en/event-cues.json, 'holder-before-date'),
// not the day of the talks, which are no talks of that year. A period the event is held in
// ("during Malta's chairmanship of the forum in 2023") still dates it.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { storyEvents } from "../stage-inputs";

const LEAD =
  "Foreign Minister Tavita Lemalu held talks with his Maltese counterpart Odile Marchetti in Valletta on Wednesday.";

describe("the period of a chairmanship or a mission", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Odile Marchetti", "Tavita Lemalu"]);

  it("does not date the talks by a chairmanship", () => {
    const found = storyEvents(
      "a.txt",
      "Ministers meet",
      LEAD,
      "They also discussed regional issues including the priorities of the Maltese chairmanship of the forum in 2025, maritime security and trade.",
    );
    expect(found).toEqual([
      { type: "talks", start: "2024-05-08", people: ["Odile Marchetti", "Tavita Lemalu"] },
    ]);
  });

  it("does not date the talks by the end of a mission", () => {
    const found = storyEvents(
      "a.txt",
      "Ministers meet",
      "Defence ministers of the forum were set to meet on Wednesday in Valletta to discuss the future of the mission.",
      "The ministers, meeting in the Maltese capital from 1300GMT, will also discuss a UN resolution on maintaining the mission until October 2025, said Odile Marchetti, a spokeswoman for the forum.",
    );
    expect(found.map((e) => e.start)).toEqual(["2024-05-08"]);
  });

  it("keeps the date of a period the event was held in", () => {
    const found = storyEvents(
      "a.txt",
      "Ministers meet",
      LEAD,
      "Lemalu recalled that the forum's first summit was launched during Malta's chairmanship of the forum in 2023.",
    );
    expect(found.map((e) => e.start)).toContain("2023");
  });
});
