// @vitest-environment node
// Where the articles merged into one event tell it differently: decided at build time and
// written on the event. Articles written for this test; none of their officials is in the
// reference data.
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/pipeline/build-dataset";
import { toEvent } from "../../src/pipeline/events/event-record";
import type { CandidateEvent } from "../../src/pipeline/events/types";
import { candidateEvent } from "./candidate-event";
import { knownToReference } from "./reference-guard";

const story = (title: string, lead: string) =>
  `${title}\n\n${lead}\n\nThe two sides discussed border security and trade.\n`;

/** Builds the folder and returns its one event (each folder here reports one meeting). */
function oneEvent(files: Record<string, string>) {
  const { dataset } = buildDataset(
    Object.entries(files).map(([file, text]) => ({ file, text })),
    undefined,
    { today: "2026-01-01" },
  );
  expect(dataset.events).toHaveLength(1);
  const [event] = dataset.events;
  if (!event) throw new Error("no event");
  return event;
}

const lima = story(
  "Ministers meet in Lima",
  "Lima, March 5, 2021 (Andes Wire) - Peruvian Defence Minister Carlos Vega held talks with Chilean Defence Minister Jorge Fuentes in Lima on March 4, 2021.",
);

describe("disagreements between the articles of one event", () => {
  it("is about people the reference data does not list", () => {
    expect(knownToReference(["Carlos Vega", "Jorge Fuentes", "Raul Choque", "Luis Mora"])).toEqual(
      [],
    );
  });

  it("lists two places with the article that gives each", () => {
    const event = oneEvent({
      "a.txt": lima,
      "b.txt": story(
        "Ministers talk security",
        "Bogota, March 6, 2021 (Southern Post) - Chilean Defence Minister Jorge Fuentes and Peruvian Defence Minister Carlos Vega held talks in Santiago on March 4, 2021.",
      ),
    });
    expect(event.sources.map((s) => s.articleId)).toEqual(["a", "b"]);
    expect(event.disagreements).toEqual([
      {
        field: "location",
        claims: [
          { value: "Lima", articleIds: ["a"] },
          { value: "Santiago", articleIds: ["b"] },
        ],
      },
    ]);
  });

  it("does not count a month recalled later against the day reported (June vs 12 June)", () => {
    const event = oneEvent({
      "a.txt": lima,
      "c.txt": story(
        "Ministers met in March",
        "La Paz, April 2, 2021 (Altiplano News) - Peruvian Defence Minister Carlos Vega held talks with Chilean Defence Minister Jorge Fuentes in March 2021.",
      ),
    });
    expect(event.sources.map((s) => s.articleId)).toEqual(["a", "c"]);
    expect(event.start).toBe("2021-03-04");
    expect(event.disagreements).toBeUndefined();
  });

  it("does not count a country against a city in it", () => {
    const event = oneEvent({
      "a.txt": lima,
      "b.txt": story(
        "Ministers talk security",
        "Bogota, March 6, 2021 (Southern Post) - Chilean Defence Minister Jorge Fuentes held talks with Peruvian Defence Minister Carlos Vega in Peru on March 4, 2021.",
      ),
    });
    expect(event.location).toBe("Lima");
    expect(event.disagreements).toBeUndefined();
  });

  it("lists different days: two days in one report, one day in another", () => {
    const event = oneEvent({
      "a.txt": story(
        "Ministers meet",
        "Lima, March 6, 2021 (Andes Wire) - Peruvian Defence Minister Carlos Vega held talks with Chilean Defence Minister Jorge Fuentes on March 4-5, 2021.",
      ),
      "b.txt": story(
        "Ministers talk",
        "Bogota, March 6, 2021 (Southern Post) - Chilean Defence Minister Jorge Fuentes held talks with Peruvian Defence Minister Carlos Vega on March 4, 2021.",
      ),
    });
    expect(event.disagreements).toEqual([
      {
        field: "date",
        claims: [
          { value: "2021-03-04/2021-03-05", articleIds: ["a"] },
          { value: "2021-03-04", articleIds: ["b"] },
        ],
      },
    ]);
  });

  it("lists participants when each article names someone the other leaves out", () => {
    const event = oneEvent({
      "a.txt": story(
        "Three ministers meet",
        "Lima, March 5, 2021 (Andes Wire) - Peruvian Defence Minister Carlos Vega held talks with Chilean Defence Minister Jorge Fuentes and Bolivian Defence Minister Raul Choque on March 4, 2021.",
      ),
      "b.txt": story(
        "Ministers talk",
        "Bogota, March 6, 2021 (Southern Post) - Peruvian Defence Minister Carlos Vega held talks with Chilean Defence Minister Jorge Fuentes and Ecuadorian Defence Minister Luis Mora on March 4, 2021.",
      ),
    });
    expect(event.disagreements).toEqual([
      {
        field: "participants",
        claims: [
          {
            value: ["person-carlos-vega", "person-jorge-fuentes", "person-raul-choque"],
            articleIds: ["a"],
          },
          {
            value: ["person-carlos-vega", "person-jorge-fuentes", "person-luis-mora"],
            articleIds: ["b"],
          },
        ],
      },
    ]);
  });

  it("does not count an article that names fewer of the same people", () => {
    const event = oneEvent({
      "a.txt": lima,
      "b.txt": story(
        "Three ministers meet",
        "Bogota, March 6, 2021 (Southern Post) - Peruvian Defence Minister Carlos Vega held talks with Chilean Defence Minister Jorge Fuentes and Bolivian Defence Minister Raul Choque on March 4, 2021.",
      ),
    });
    expect(event.participants).toHaveLength(3);
    expect(event.disagreements).toBeUndefined();
  });
});

// The rule on its own, with statements as the events stage hands them over.
let order = 0;
function statement(over: Partial<CandidateEvent> & { articleId: string }): CandidateEvent {
  order++;
  return candidateEvent({
    order,
    participants: ["person-a", "person-b"],
    sources: [{ articleId: over.articleId, quote: `sentence ${order}`, paragraph: order }],
    ...over,
  });
}
const day = (start: string, end: string | null = null) => ({
  text: start,
  index: 0,
  start,
  end,
  precision: (["year", "month", "day"] as const)[start.split("-").length - 1] ?? "day",
  basis: "stated" as const,
  future: false,
});
const merged = (members: CandidateEvent[]) =>
  toEvent({ members, best: members[0] as CandidateEvent }).disagreements;

describe("toEvent's disagreement field", () => {
  it("groups the articles that give the same version, most-told first", () => {
    expect(
      merged([
        statement({ articleId: "x", location: "Moscow" }),
        statement({ articleId: "y", location: "Minsk" }),
        statement({ articleId: "z", location: "Minsk" }),
      ]),
    ).toEqual([
      {
        field: "location",
        claims: [
          { value: "Minsk", articleIds: ["y", "z"] },
          { value: "Moscow", articleIds: ["x"] },
        ],
      },
    ]);
  });

  it("treats a venue in a city as that city, and spelling of case and accents alike", () => {
    expect(
      merged([
        statement({ articleId: "x", location: "Kremlin, Moscow" }),
        statement({ articleId: "y", location: "Moscow" }),
        statement({ articleId: "z", location: "moscow" }),
      ]),
    ).toBeUndefined();
  });

  it("leaves one article's own two versions alone (the visit's days, then its first day)", () => {
    expect(
      merged([
        statement({ articleId: "x", date: day("2024-07-08", "2024-07-09") }),
        statement({ articleId: "x", date: day("2024-07-08") }),
      ]),
    ).toBeUndefined();
  });

  it("keeps the year or month of a recall out when a day inside it is reported", () => {
    expect(
      merged([
        statement({ articleId: "x", date: day("2024-07-08") }),
        statement({ articleId: "y", date: day("2024-07") }),
        statement({ articleId: "z", date: day("2024") }),
      ]),
    ).toBeUndefined();
  });

  it("can list several fields at once, in a fixed order", () => {
    const fields = merged([
      statement({
        articleId: "x",
        location: "Minsk",
        date: day("2024-07-08"),
        participants: ["person-a", "person-b"],
      }),
      statement({
        articleId: "y",
        location: "Moscow",
        date: day("2024-07-09"),
        participants: ["person-a", "person-c"],
      }),
    ])?.map((d) => d.field);
    expect(fields).toEqual(["date", "location", "participants"]);
  });
});
