// @vitest-environment node
// One sentence telling several events: "held discussion with A, B, as well as with C" is a
// meeting with each, by those named before it; so are "the Secretary's meetings this afternoon
// with A and B" and "meetings namely with A and B", a time word or "namely" before the list.
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";

const events = (...body: string[]) =>
  buildDataset(
    [
      {
        file: "a.txt",
        text: `Ministers meet\n\nMOSCOW, June 23, 2017 (Wire) - ${body.join("\n\n")}\n`,
      },
    ],
    undefined,
    { today: "2026-11-22" },
  ).dataset.events.map((e) => `${e.type} ${e.start} ${e.title}`);

describe("several events told in one sentence", () => {
  it("tells a meeting with each of those listed with 'as well as with'", () => {
    const found = events(
      "President Isaias Afwerki on 21 June held extensive discussion in New York with Foreign Minister Sergey Lavrov, Minister Andrew Mitchell, as well as with President Goodluck Jonathan of Nigeria.",
    );
    expect(found.filter((e) => e.startsWith("talks 2017-06-21")).sort()).toEqual([
      "talks 2017-06-21 Isaias Afwerki meets Andrew Mitchell",
      "talks 2017-06-21 Isaias Afwerki meets Goodluck Jonathan",
      "talks 2017-06-21 Isaias Afwerki meets Sergey Lavrov",
    ]);
  });

  // No one named before the list (a bare office, "the delegation"): still a meeting with each
  // of those listed, none of them taken for the one who met the others.
  it("tells a meeting with each of those listed when no one is named before it", () => {
    const found = events(
      "In Moscow, the delegation held discussions on 21 June with Foreign Minister Sergey Lavrov, as well as Minister Denis Manturov.",
    );
    expect(found.filter((e) => e.startsWith("talks")).sort()).toEqual([
      "talks 2017-06-21 Denis Manturov holds talks",
      "talks 2017-06-21 Sergey Lavrov holds talks",
    ]);
  });
});

describe("meetings told one by one, a time word or 'namely' before the list", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Odile Marchetti", "Pavel Drozd", "Ines Okafor"]);
  const talks = (found: string[]) => found.filter((e) => e.startsWith("talks")).sort();

  it("tells one meeting with each of 'the meetings today with A and with B', on that day", () => {
    const found = events(
      "A senior official briefed reporters on the Secretary's meetings today with Secretary General Pavel Drozd and with President Ines Okafor.",
    );
    expect(talks(found)).toEqual([
      "talks 2017-06-23 Ines Okafor holds talks",
      "talks 2017-06-23 Pavel Drozd holds talks",
    ]);
  });

  it.each([
    [
      "The official is here to brief you on the Secretary's meetings this afternoon with Foreign Minister Odile Marchetti, Foreign Minister Pavel Drozd and Trade Minister Ines Okafor.",
      3,
    ],
    [
      "The Foreign Minister is in Valletta, attending high level meetings namely with President Pavel Drozd and Prime Minister Ines Okafor today.",
      2,
    ],
    // A bare office called on one and met the others "as well as": one meeting with each.
    [
      "In Moscow, the External Affairs Minister on 21 June called on President Pavel Drozd and held discussions with Deputy Prime Minister Ines Okafor, as well as the Minister of Foreign Affairs, Odile Marchetti.",
      3,
    ],
    // Talks (not meetings) with two people stay one meeting, a time word or not.
    [
      "The Foreign Minister held talks today with President Pavel Drozd and Prime Minister Ines Okafor.",
      1,
    ],
  ])("'%s' tells %i meeting(s)", (sentence, count) => {
    expect(talks(events(sentence))).toHaveLength(count);
  });

  it("tells a meeting with each of those met in 'meetings this afternoon with A and B'", () => {
    const found = events(
      "SENIOR STATE DEPARTMENT OFFICIAL: Here to brief you on the Secretary's meetings this afternoon with Foreign Minister Sergey Lavrov and with Foreign Minister Wang Yi.",
    );
    expect(found.filter((e) => e.startsWith("talks")).sort()).toEqual([
      "talks 2017-06-23 Sergey Lavrov holds talks",
      "talks 2017-06-23 Wang Yi holds talks",
    ]);
  });

  it("tells a meeting with each of those met in 'meetings namely with A and B'", () => {
    const found = events(
      "The minister is in Moscow today, attending high level meetings namely with Foreign Minister Sergey Lavrov and President Vladimir Putin.",
    );
    expect(found.filter((e) => e.startsWith("talks")).sort()).toEqual([
      "talks 2017-06-23 Sergey Lavrov holds talks in Moscow",
      "talks 2017-06-23 Vladimir Putin holds talks in Moscow",
    ]);
  });
});
