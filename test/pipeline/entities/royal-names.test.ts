// @vitest-environment node
// Royal and Arabic names written several ways in one story stay one person each: the surname
// with its article only ("Emir Al Mansouri"), a king's one name beside princes who carry it
// as their father's ("King Rashid" with "Faisal bin Rashid"), the same given name in two
// transliterations ("Mohammed" / "Mohammad"). A building an apposition ties to an office
// holder ("the Qasr Diwan, the emir's office") is nobody. None of these people is in the
// reference data.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { namesIn } from "./people-of";

describe("royal and Arabic names", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Farid bin Nasser Al Mansouri",
    "Faisal bin Rashid",
    "Saud bin Rashid",
    "Mohammed Karimi",
  ]);

  it.each([
    [
      "reads a surname with its article alone as the person named in full",
      [
        "Emir Sheikh Farid bin Nasser Al Mansouri hosted the president in Doha.",
        "The president was welcomed with a ceremony by Emir Al Mansouri.",
      ],
      ["Farid bin Nasser Al Mansouri"],
    ],
    [
      "keeps a king's one name, written twice, as one person beside the princes",
      [
        "Defence Minister Faisal bin Rashid conveyed the greetings of King Rashid and Crown Prince Saud bin Rashid.",
        "The president extended his greetings to King Rashid.",
      ],
      ["Faisal bin Rashid", "Rashid", "Saud bin Rashid"],
    ],
    [
      "reads Mohammed and Mohammad as one given name",
      [
        "Foreign Minister Mohammed Karimi arrived in Paris.",
        "During the meeting, the president and Mohammad Karimi discussed trade.",
      ],
      ["Mohammed Karimi"],
    ],
    [
      "finds no one in a building named after an office holder",
      [
        "President Aldo Ferrante and the emir held a one-on-one meeting at the Qasr Diwan, the emir's office.",
      ],
      ["Aldo Ferrante"],
    ],
  ])("%s", (_title, paragraphs, names) => {
    expect(namesIn(paragraphs)).toEqual(names);
  });
});
