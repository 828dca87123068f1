// @vitest-environment node
// A story that opens on its occasion by a definite reference ("the meeting of ...", "During
// their meeting, ...") and has told no event before tells that occasion there.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { builtEvents } from "../stage-inputs";

describe("an occasion first told by reference", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Odile Marchetti", "Tavita Lemalu"]);

  it("tells the meeting a story opens on, on the story's day", () => {
    const found = builtEvents(
      "a.txt",
      " date 2024-11-28 Fisheries group\n\nThe fifth meeting of the Joint Working Group on Fisheries concluded in Valletta.\n\nThe meeting was co-chaired by Director Odile Marchetti and Director Tavita Lemalu.\n",
    );
    expect(found).toEqual([
      {
        type: "working-group-meeting",
        start: "2024-11-28",
        people: ["Odile Marchetti", "Tavita Lemalu"],
      },
    ]);
  });

  it("tells the occasion of remarks given at its opening", () => {
    const found = builtEvents(
      "b.txt",
      " date 2019-03-12 Council remarks\n\nRemarks by Secretary General Odile Marchetti on opening the meeting of the Council of Fisheries Ministers.\n\nWelcome to Valletta, and thank you all for coming.\n",
    );
    expect(found.map((e) => [e.start, e.people])).toEqual([["2019-03-12", ["Odile Marchetti"]]]);
  });

  it("does not take the story's day for it when the story names another day", () => {
    const found = builtEvents(
      "e.txt",
      " date 2024-05-10 Fisheries group\n\nThe fifth meeting of the Joint Working Group on Fisheries reviewed the state of the stocks.\n\nThe stocks of tuna have grown for three years.\n\nThe group was set up in 2015.\n\nIts members share data on catches.\n\nOn May 7, 2024, Director Odile Marchetti chaired the fifth meeting of the Joint Working Group on Fisheries in Valletta.\n",
    );
    expect(found.some((e) => e.start === "2024-05-10")).toBe(false);
    expect(found.map((e) => e.start)).toContain("2024-05-07");
  });

  it("keeps a reference after a told meeting as more about that meeting", () => {
    const found = builtEvents(
      "c.txt",
      "Talks held\n\nValletta, May 8, 2024 (Wire) - Prime Minister Odile Marchetti met Prime Minister Tavita Lemalu on Wednesday.\n\nDuring their meeting, Marchetti praised the growth of trade.\n",
    );
    expect(found.map((e) => [e.start, e.people])).toEqual([
      ["2024-05-08", ["Odile Marchetti", "Tavita Lemalu"]],
    ]);
  });

  it("tells nothing when the story gives the occasion no day", () => {
    const found = builtEvents(
      "d.txt",
      "Fisheries group\n\nThe fifth meeting of the Joint Working Group on Fisheries concluded in Valletta.\n\nThe meeting was co-chaired by Director Odile Marchetti and Director Tavita Lemalu.\n",
    );
    expect(found.every((e) => e.start === null)).toBe(true);
  });
});
