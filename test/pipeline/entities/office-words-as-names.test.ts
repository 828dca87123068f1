// @vitest-environment node
// Words of an office or a body are no personal name, whichever finder reads them: a schedule's
// "Senator X, Majority Leader" line has one person, and a ministry's "Cooperation and East
// Africa Community" is part of an office. A headline's contraction ("Won't") is a verb, so
// "Minister Ferhat Olcay Won't Attend" names Ferhat Olcay alone.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { namesIn } from "./people-of";

describe("office words and contractions are not read as names", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Dana Whitcombe", "Ferhat Olcay", "Ines Marlow"]);

  it("reads no person in a leader's office after a senator's name", () => {
    expect(namesIn(["Senator Dana Whitcombe, Minority Leader"])).toEqual(["Dana Whitcombe"]);
  });

  it("reads no person in the words of a community's name inside an office", () => {
    expect(
      namesIn([
        "Minister of Trade, Industry and West Africa Community, Special Envoy Ines Marlow, arrived.",
      ]),
    ).toEqual(["Ines Marlow"]);
  });

  // The list's last portfolio is two words ("Digital Sovereignty"); its first is an office
  // word, but the one word left is no surname.
  it("reads no person in the last item of a list of portfolios", () => {
    expect(
      namesIn([
        "The dialogue was held between Dana Whitcombe, Minister of the Economy, Finance and Industrial and Digital Sovereignty, and the envoy.",
      ]),
    ).toEqual(["Dana Whitcombe"]);
  });

  it("ends a name before a contraction", () => {
    expect(
      namesIn(["The minister landed on Monday.Defence Minister Ferhat Olcay Won't Attend Summit"]),
    ).toEqual(["Ferhat Olcay"]);
  });
});
