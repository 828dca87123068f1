// @vitest-environment node
// A country word that describes one person is not read onto the next: "with Colombian Defense
// Minister A, Defense Secretary B" gives B no country from "Colombian", a head of state's
// apposition after A ends before B's honorific, and the offices that run on over commas to a
// later name ("A, Rwandan Minister of ..., Special Envoy ... B, will visit") are B's, not A's.
// An office's country may be written with the state's form ("of the Arab Republic of Egypt"),
// and a form word after it ("Sultanate of Oman") names no one.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { countryOf, peopleIn } from "./people-of";

describe("a country word describing one person is not the next person's", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Juan Ortiz Mesa",
    "Ray Dalton",
    "Oduya Kamau",
    "Ahmed Farah Doualeh",
    "Tran Van Hoa",
    "Anne Uwase",
    "Tran Van Loc",
    "Pablo Ortega",
  ]);

  it("reads no country for a person after another titled person's adjective", () => {
    const text =
      "After a meeting today with Colombian Defense Minister Juan Ortiz Mesa, Defense Secretary Ray Dalton promised support.";
    expect(countryOf(text, "Juan Ortiz Mesa")).toBe("Colombia");
    expect(countryOf(text, "Ray Dalton")).toBeNull();
  });

  it("gives each head of state the country of their own apposition", () => {
    const text =
      "At the invitation of His Excellency Oduya Kamau, President of the Republic of Kenya, His Excellency Ahmed Farah Doualeh, President of the Republic of Djibouti made a State Visit to Kenya.";
    expect(countryOf(text, "Oduya Kamau")).toBe("Kenya");
    expect(countryOf(text, "Ahmed Farah Doualeh")).toBe("Djibouti");
  });

  it("reads no person in a state's form after an office's country", () => {
    expect(
      peopleIn([
        "The President spoke to the High Commissioner of the Arab Republic of Egypt, Sultanate of Oman and Cyprus.",
      ]),
    ).toEqual([]);
  });

  it("reads an office with its country and courtesy titles as the next envoy's", () => {
    const text =
      "The envoys, Ambassador of the Socialist Republic of Vietnam H.E. Mr. Tran Van Loc, Ambassador of the Republic of Chile H.E. Mr. Pablo Ortega, presented their letters.";
    expect(countryOf(text, "Tran Van Loc")).toBe("Vietnam");
    expect(countryOf(text, "Pablo Ortega")).toBe("Chile");
  });

  it("reads offices running on to a later name as that person's", () => {
    const text =
      "At the invitation of Foreign Minister Tran Van Hoa, Rwandan Minister of Foreign Affairs, Cooperation and East Africa Community, Special Envoy of the President of the Republic of Rwanda Anne Uwase, will visit Hanoi.";
    expect(countryOf(text, "Tran Van Hoa")).toBeNull();
    expect(countryOf(text, "Anne Uwase")).toBe("Rwanda");
  });
});
