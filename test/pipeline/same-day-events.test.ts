// @vitest-environment node
// Several events on one trip: talks beside a ministers' meeting are not that meeting; "In the
// evening, ..." is the day just told of; "he also held" after a leading phrase is the last
// person named; leaving for a capital is a visit. None of these people is in the reference data.
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/pipeline/build-dataset";
import { knownToReference } from "./reference-guard";
import { builtEvents } from "./stage-inputs";

const text = `Minister holds talks in Astana

Astana, Sep 5, 2020 (Reuters) - Peruvian Defence Minister Carlos Vega held talks with his Chilean counterpart Jorge Fuentes in Astana on Friday night.

Vega arrived in Astana on Thursday afternoon on a two-day visit. In the evening, Kazakh Defence Minister Aibek Nurov hosted him for a private dinner, where the two ministers held informal talks.

Addressing the Pacific Defence Ministers' meeting earlier on Friday, Vega called for calm. On the sidelines of the meeting, he also held bilateral talks with Bolivian Defence Minister Raul Choque.

On Saturday, Vega left for Tashkent, where he will hold talks with Uzbek Defence Minister Timur Aliev on Sunday.
`;

describe("several events of one trip", () => {
  const events = builtEvents("astana.txt", text);

  it("is about people the reference data does not list", () => {
    const names = ["Carlos Vega", "Jorge Fuentes", "Aibek Nurov", "Raul Choque", "Timur Aliev"];
    expect(knownToReference(names)).toEqual([]);
  });

  it("keeps talks with a counterpart apart from the ministers' meeting they were held beside", () => {
    const friday = events.filter((e) => e.start === "2020-09-04");
    expect(friday).toContainEqual({
      type: "talks",
      start: "2020-09-04",
      people: ["Carlos Vega", "Jorge Fuentes"],
    });
    expect(friday.some((e) => e.type === "ministerial-meeting" && e.people.length === 1)).toBe(
      true,
    );
  });

  it("gives 'he also held' after a leading phrase the last person named", () => {
    expect(events).toContainEqual({
      type: "talks",
      start: "2020-09-04",
      people: ["Carlos Vega", "Raul Choque"],
    });
  });

  it("dates 'In the evening' from the day just told of", () => {
    expect(events.filter((e) => e.start === "2020-09-03")).toEqual([
      { type: "talks", start: "2020-09-03", people: ["Aibek Nurov", "Carlos Vega"] },
      { type: "visit", start: "2020-09-03", people: ["Carlos Vega"] },
    ]);
    expect(events.filter((e) => e.start === null)).toEqual([]);
  });

  it("reads leaving for a capital as a visit that day", () => {
    expect(events).toContainEqual({ type: "visit", start: "2020-09-05", people: ["Carlos Vega"] });
  });
});

// A trip "for the annual summit" reports the summit, and "later this evening" in a preview is
// the day of publication: the preview and the report of the summit become one event.
const preview = `Talks ahead of summit

Lima, Dec 6, 2021 (Reuters) - Peruvian Foreign Minister Lucia Paredes held talks with her Chilean counterpart Julia Errazuriz on Monday.

Chilean President Ana Morales will arrive in Lima later this evening for the annual summit with Peruvian President Julio Quispe.
`;

const report = `Leaders hold annual summit

Lima, Dec 7, 2021 (Reuters) - Peruvian President Julio Quispe and Chilean President Ana Morales held the annual summit in Lima on Monday night.
`;

describe("a trip reported for the summit it is for", () => {
  const { dataset } = buildDataset(
    [
      { file: "preview.txt", text: preview },
      { file: "report.txt", text: report },
    ],
    undefined,
    { today: "2026-11-22" },
  );

  it("is about people the reference data does not list", () => {
    const names = ["Lucia Paredes", "Julia Errazuriz", "Ana Morales", "Julio Quispe"];
    expect(knownToReference(names)).toEqual([]);
  });

  it("merges the preview's trip into the summit, dated the day of publication", () => {
    const summits = dataset.events.filter((e) => e.type === "summit");
    expect(summits.map((e) => [e.start, e.sources.length])).toEqual([["2021-12-06", 2]]);
  });
});

describe("a landing 'shortly after' which the talks were held", () => {
  it("is dated the day of the talks", () => {
    const text = `Leaders meet in Kazan

KAZAN, Russia, Oct 23, 2024 (Reuters) - Chilean President Ana Morales held talks with Peruvian President Julio Quispe on Tuesday shortly after Quispe landed in Kazan.
`;
    const { dataset } = buildDataset([{ file: "kazan.txt", text }], undefined, {
      today: "2026-11-22",
    });
    expect(dataset.events.map((e) => [e.type, e.start])).toEqual([
      ["talks", "2024-10-22"],
      ["visit", "2024-10-22"],
    ]);
  });
});
