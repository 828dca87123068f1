// @vitest-environment node
// A single capitalised word right after a title that belongs to the office itself (an office
// word of reference/office-words.json, a word before one, or a role noun with its "of" or
// "for") is no one's name; the name may follow the rest of the office.
import { describe, expect, it } from "vitest";
import { namesIn } from "./people-of";

describe("office words after a title", () => {
  it("reads the person after portfolios listed with a comma", () => {
    expect(
      namesIn([
        "The talks were led by Deputy Minister of Trade, Industry and Tourism Marta Okafor.",
      ]),
    ).toEqual(["Marta Okafor"]);
    expect(
      namesIn(["Minister of Finance, Corporate Affairs and Planning Rahul Mehra opened the fair."]),
    ).toEqual(["Rahul Mehra"]);
  });

  it("reads the person after a region named by office words", () => {
    expect(
      namesIn([
        "She later met the Envoy of the President of the Russian Far East Oleg Petrov in Khabarovsk.",
      ]),
    ).toEqual(["Oleg Petrov"]);
  });

  it("does not read a role noun with its 'of' as a person", () => {
    expect(
      namesIn([
        "The Deputy Representative of the Secretary-General, Anna Lindqvist, chaired the session.",
      ]),
    ).toEqual(["Anna Lindqvist"]);
  });

  it("does not read a portfolio listed after a comma as a one-word name", () => {
    expect(
      namesIn([
        "The Minister of Health, Wellness and Sport of Grenada, Hon. Dorian Pierre, received the doses.",
      ]),
    ).toEqual(["Dorian Pierre"]);
    expect(
      namesIn([
        "Minister of Foreign Affairs, Local Government and Housing, Hon Aroha Ngata, met her counterpart.",
      ]),
    ).toEqual(["Aroha Ngata"]);
  });

  it("does not read a role noun with its 'for' as a person", () => {
    expect(
      namesIn([
        "Ambassador Joan Pryor, U.S. Chief Negotiator for the Fisheries Accord, will lead the delegation.",
      ]),
    ).toEqual(["Joan Pryor"]);
  });

  it("still reads a one-word name after a title", () => {
    expect(namesIn(["Later, President Okonkwo of Nigeria received the delegation."])).toEqual([
      "Okonkwo",
    ]);
  });
});
