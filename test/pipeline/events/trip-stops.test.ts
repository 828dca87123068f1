// @vitest-environment node
// A series of meetings in one sentence, and the stops of a trip ahead that a departure
// statement or a visit's announcement opens with.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { builtEvents } from "../stage-inputs";

describe("meetings in series and trips ahead", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Odile Marchetti",
    "Tavita Lemalu",
    "Ruta Vaitkus",
    "Moana Kealoha",
  ]);

  it("gives each counterpart of 'bilateral meetings with A, B and C' a meeting of its own", () => {
    const found = builtEvents(
      "a.txt",
      "Ministers meet\n\nValletta, May 8, 2024 (Wire) - Defence Minister Odile Marchetti held bilateral meetings with Defence Minister Tavita Lemalu, Defence Minister Ruta Vaitkus and Defence Minister Moana Kealoha in Valletta on Wednesday.\n",
    );
    expect(found.map((e) => [e.start, e.people])).toEqual(
      expect.arrayContaining([
        ["2024-05-08", ["Odile Marchetti", "Tavita Lemalu"]],
        ["2024-05-08", ["Odile Marchetti", "Ruta Vaitkus"]],
        ["2024-05-08", ["Moana Kealoha", "Odile Marchetti"]],
      ]),
    );
  });

  it("dates the undated stops of a departure to the month it is published in", () => {
    const found = builtEvents(
      "b.txt",
      "Departure statement\n\nPosted On: 19 MAY 2023 8:49AM\n\nI will leave for Apia to attend the Pacific Summit at the invitation of Prime Minister Tavita Lemalu. I look forward to the summit.\n\nThereafter, I will be travelling to Valletta, where I will meet Prime Minister Odile Marchetti.\n",
    );
    expect(found.find((e) => e.people.includes("Odile Marchetti"))?.start).toBe("2023-05");
    expect(found.every((e) => e.start === "2023-05")).toBe(true);
  });

  it("dates the undated meetings of an announced visit to its days", () => {
    const found = builtEvents(
      "c.txt",
      "Visit announced\n\nPosted On: 20 SEP 2021 8:49AM\n\nI will be visiting Valletta from 22-25 September, 2021 at the invitation of Prime Minister Odile Marchetti.\n\nI will also hold talks with Prime Minister Tavita Lemalu.\n\nForeign Minister Ruta Vaitkus and Defence Minister Moana Kealoha will hold talks with the visitors.\n",
    );
    // The hosts' own plans are not stops of the visitor's trip.
    expect(found.some((e) => e.people.includes("Ruta Vaitkus"))).toBe(false);
    expect(found.find((e) => e.people.includes("Tavita Lemalu"))?.start).toBe("2021-09-22");
  });

  it("leaves undated plans undated in a story that opens with no trip", () => {
    const found = builtEvents(
      "d.txt",
      "Talks held\n\nValletta, May 8, 2024 (Wire) - Prime Minister Odile Marchetti met Prime Minister Tavita Lemalu on Wednesday.\n\nMarchetti will also meet Prime Minister Ruta Vaitkus.\n",
    );
    expect(found.map((e) => e.people)).toEqual([["Odile Marchetti", "Tavita Lemalu"]]);
  });

  it("reads 'will pay an official visit to' as a trip ahead", () => {
    const paid = builtEvents(
      "e.txt",
      "Visit announced\n\nPosted On: 20 SEP 2021 8:49AM\n\nDefence Minister Odile Marchetti will pay an official visit to Valletta from 22-25 September, 2021.\n\nThe two countries opened embassies in 1995.\n\nTrade between them has doubled.\n\nMinister Marchetti will hold bilateral talks with Defence Minister Tavita Lemalu.\n",
    );
    expect(paid.find((e) => e.people.includes("Tavita Lemalu"))?.start).toBe("2021-09-22");
  });

  it("reads 'is scheduled to visit' as a trip ahead", () => {
    const scheduled = builtEvents(
      "f.txt",
      "Visit announced\n\nPosted On: 20 SEP 2021 8:49AM\n\nForeign Minister Ruta Vaitkus is scheduled to visit Apia on 22-23 September 2021.\n\nThe two countries opened embassies in 1995.\n\nTrade between them has doubled.\n\nMinister Vaitkus will also pay a courtesy call on Prime Minister Moana Kealoha.\n",
    );
    expect(scheduled.find((e) => e.people.includes("Moana Kealoha"))?.start).toBe("2021-09-22");
  });
});
