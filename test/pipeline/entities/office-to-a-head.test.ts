// @vitest-environment node
// "Secretary to the Crown Prince Dr. X", "the Special Assistant to the Prime Minister X": an
// office held in the service of a head of state or government (reference/titles.json) is the
// holder's own office; the head's title inside it names whom X serves, not X's office.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { peopleIn } from "./people-of";

const rolesIn = (paragraph: string) =>
  peopleIn([paragraph]).map((p) => `${p.name}: ${p.role ?? "-"}`);

describe("an office held in the service of a head", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Faris Al-Qadiri",
    "Ranjith Wijesooriya",
    "Maya Gurung",
    "Ilse Marken",
    "Tomas Ruiz",
  ]);

  it("gives the holder the whole office, not the head's title", () => {
    expect(
      rolesIn(
        "Accompanying the Crown Prince were Minister of Finance Ilse Marken and Secretary to the Crown Prince Dr. Faris Al-Qadiri.",
      ),
    ).toEqual([
      "Faris Al-Qadiri: Secretary to the Crown Prince",
      "Ilse Marken: Minister of Finance",
    ]);
    expect(
      rolesIn(
        "The Premier will be accompanied by the Special Assistant to the Prime Minister Ranjith Wijesooriya.",
      ),
    ).toEqual(["Ranjith Wijesooriya: Special Assistant to the Prime Minister"]);
    expect(
      rolesIn(
        "The Prime Minister was accompanied by the Foreign Affairs Advisor to the Prime Minister Dr Maya Gurung.",
      ),
    ).toEqual(["Maya Gurung: Foreign Affairs Advisor to the Prime Minister"]);
  });

  it("reads the office in an apposition after the name too", () => {
    expect(
      rolesIn("Ranjith Wijesooriya, Secretary to the President, said the talks went well."),
    ).toEqual(["Ranjith Wijesooriya: Secretary to the President"]);
  });

  it("leaves the head's title to the head where no office of service comes before it", () => {
    expect(rolesIn("Admiral Tomas Ruiz spoke to the Prime Minister of Spain Ilse Marken.")).toEqual(
      ["Ilse Marken: Prime Minister", "Tomas Ruiz: Admiral"],
    );
    expect(rolesIn("The Crown Prince received Secretary Faris Al-Qadiri in Riyadh.")).toEqual([
      "Faris Al-Qadiri: Secretary",
    ]);
  });
});
