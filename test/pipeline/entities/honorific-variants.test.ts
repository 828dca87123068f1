// @vitest-environment node
// Honorifics and short titles written in other forms (reference/titles.json): "Shaikh" and
// "Shaykh" as "Sheikh" is, the Burmese "Daw", "Amb." for an ambassador, whose full stop
// ends no sentence (rules/en/abbreviations.json), "His Excellency" short without its full
// stops ("H E"), the courtesy "Mdm.", a senior lieutenant general's "Sen. Lt. Gen.", a major
// general's "Maj-General" and "Hon" without its full stop after a comma. None of these people
// is in the reference data.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { namesIn, peopleIn } from "./people-of";

describe("honorific variants", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Hamdan bin Rashid Al Falasi",
    "Khin Myat Noe",
    "Tunde Bakare Olu",
    "Rafiqul Karim Talukder",
    "Nasreen Jahan Chowdhury",
    "Liu Meifang",
    "Trần Văn Khải",
    "Ibrahim Gana Lawan",
    "Tania Herewini",
    "Mary Dunstan",
  ]);

  it("reads 'Shaikh' and 'Shaykh' as the honorific 'Sheikh', out of the name", () => {
    expect(
      namesIn(["The envoys were received by Shaikh Hamdan bin Rashid Al Falasi in Manama."]),
    ).toEqual(["Hamdan bin Rashid Al Falasi"]);
    expect(
      namesIn(["The envoys were received by Shaykh Hamdan bin Rashid Al Falasi in Manama."]),
    ).toEqual(["Hamdan bin Rashid Al Falasi"]);
  });

  it("reads the Burmese honorific 'Daw' before a name", () => {
    expect(
      namesIn(["In Yangon the minister met Daw Khin Myat Noe and leaders of several parties."]),
    ).toEqual(["Khin Myat Noe"]);
  });

  it("reads 'Amb.' as an ambassador's title, its full stop ending no sentence", () => {
    expect(
      peopleIn(["The delegation also included the head of the agency, Amb. Tunde Bakare Olu."]),
    ).toEqual([{ name: "Tunde Bakare Olu", country: null, role: "Ambassador" }]);
  });

  it("reads 'H E' without its full stops as 'His Excellency', out of the name", () => {
    expect(
      namesIn([
        "The visitor held talks with President H E Rafiqul Karim Talukder and Speaker H E Nasreen Jahan Chowdhury.",
      ]),
    ).toEqual(["Nasreen Jahan Chowdhury", "Rafiqul Karim Talukder"]);
  });

  it("reads 'Mdm.' as a courtesy title, its full stop ending no sentence", () => {
    expect(
      peopleIn([
        "On Monday, Chinese Ambassador to Kenya H.E. Mdm. Liu Meifang paid a courtesy call on the Cabinet Secretary.",
      ]).map((p) => p.name),
    ).toEqual(["Liu Meifang"]);
  });

  it("reads 'Sen. Lt. Gen.' as one rank, not 'Sen' as a name", () => {
    expect(
      peopleIn([
        "On the same day, Sen. Lt. Gen. Trần Văn Khải received the outgoing defence attaché in Hà Nội.",
      ]),
    ).toEqual([{ name: "Trần Văn Khải", country: null, role: "Senior Lieutenant General" }]);
  });

  it("reads 'Maj-General' as a major general's rank, out of the name", () => {
    expect(
      peopleIn([
        "The entourage included the National Security Adviser, Maj-General Ibrahim Gana Lawan (retd).",
      ]).map((p) => p.name),
    ).toEqual(["Ibrahim Gana Lawan"]);
  });

  it("reads 'Hon' without its full stop after a comma as the honorific, out of the name", () => {
    expect(
      namesIn([
        "Australian Foreign Minister Mary Dunstan and New Zealand Minister of Foreign Affairs and Associate Minister for Māori Development, Hon Tania Herewini, have today held consultations.",
      ]),
    ).toEqual(["Mary Dunstan", "Tania Herewini"]);
  });
});
