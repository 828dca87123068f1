// @vitest-environment node
// Receiving someone named by an office, with the country before or after it ("will receive
// the President of Malta, Mr Tomas Varga", "received Chile's Minister of Foreign Affairs,
// Ilse Brandt"), or receiving, hosting or welcoming one's counterpart ("received her Maltese
// counterpart Tomas Varga"), is a meeting with them; receiving an office-holder's letter or a
// medal, or welcoming a counterpart's remarks, is not.
// (Written sentences; the people are not in the reference data.)
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { eventTypesOf, participantsOf } from "../stage-inputs";

describe("receiving someone named by an office", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Tomas Varga",
    "Ilse Brandt",
    "Odile Marchetti",
    "Tavita Lemalu",
  ]);

  it.each([
    "On Wednesday, the Secretary General, Mr Odile Marchetti, will receive the President of Malta, Mr Tomas Varga, at headquarters.",
    "Foreign Minister Odile Marchetti will receive Malta's Minister of Foreign Affairs, Tomas Varga, today.",
    "On Saturday, Foreign Minister Odile Marchetti received at his office the Commissioner for Peace and Security Affairs of the African Union, Tomas Varga.",
    "Foreign Minister Odile Marchetti received the Maltese Foreign Minister, Tomas Varga, on Monday.",
  ])("is a meeting of the two: %s", (sentence) => {
    expect(participantsOf([sentence])).toContainEqual(
      expect.arrayContaining(["Odile Marchetti", "Tomas Varga"]),
    );
  });

  it.each([
    "Foreign Minister Odile Marchetti received the Prime Minister's approval on Monday.",
    "Foreign Minister Odile Marchetti received the Minister of Industry's letter on Monday.",
    "Foreign Minister Odile Marchetti received the King Olav Medal on Monday.",
  ])("is no meeting when what is received is a letter, an approval or a medal: %s", (sentence) => {
    expect(eventTypesOf(sentence)).not.toContain("talks");
  });

  it("leaves the passive 'was received by' as it was", () => {
    expect(
      participantsOf([
        "Odile Marchetti was received by the President of Malta, Tomas Varga, on Monday.",
      ]),
    ).toContainEqual(expect.arrayContaining(["Odile Marchetti", "Tomas Varga"]));
  });

  it.each([
    "Foreign Minister Odile Marchetti received her Maltese counterpart Tomas Varga in Valletta on Monday.",
    "Foreign Minister Odile Marchetti hosted her Maltese counterpart, Tomas Varga, in Valletta on Monday.",
    "Foreign Minister Odile Marchetti welcomed her Maltese counterpart Tomas Varga in Valletta on Monday.",
    "Foreign Minister Odile Marchetti and Defence Minister Ilse Brandt will receive their Maltese counterparts, Ministers Tomas Varga and Tavita Lemalu, in Paris on 12 November.",
  ])("receiving a counterpart is a meeting with them: %s", (sentence) => {
    expect(participantsOf([sentence])).toContainEqual(
      expect.arrayContaining(["Odile Marchetti", "Tomas Varga"]),
    );
  });

  it("welcoming a counterpart's remarks is no meeting", () => {
    expect(
      eventTypesOf("Foreign Minister Odile Marchetti welcomed her Maltese counterpart's remarks."),
    ).toEqual([]);
  });
});
