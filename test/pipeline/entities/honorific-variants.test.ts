// @vitest-environment node
// Honorifics and short titles written in other forms (reference/titles.json): "Shaikh" and
// "Shaykh" as "Sheikh" is, the Burmese "Daw", and "Amb." for an ambassador, whose full stop
// ends no sentence (rules/en/abbreviations.json). None of these people is in the reference data.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { namesIn, peopleIn } from "./people-of";

describe("honorific variants", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Hamdan bin Rashid Al Falasi",
    "Khin Myat Noe",
    "Tunde Bakare Olu",
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
});
