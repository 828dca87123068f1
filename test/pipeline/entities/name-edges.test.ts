// @vitest-environment node
// Edges of a personal name: a family name a ministry writes in capitals after a given name, a
// place or an office word that is no part of a name, the honorifics "Sayyid" (Oman) and "Ratu"
// (Fiji), officers' ranks ("Major", "Flt Lt.", "Col" without its dot, "Sen. Lieut. Gen") that
// lead a name, ships named after officers (a quoted name, a ship's class), and a consul
// general's post city between the office and the name.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { namesIn, peopleIn } from "./people-of";

describe("edges of personal names", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Dmitri Volkanov",
    "Amir bin Saud al Harthy",
    "Josefa Tuilagi",
    "Arjun Mehra",
    "Karan Bhatia",
    "Peter Otieno",
    "Nguyen Van Thanh",
    "Li Wenhao",
  ]);

  it.each([
    [
      "reads a family name in capitals after a title and a given name",
      [
        "The minister will meet with Minister of Foreign Affairs of Russia Dmitri VOLKANOV on June 17.",
      ],
      ["Dmitri Volkanov"],
    ],
    [
      "keeps a given name alone when the capitals after it are an acronym",
      ["Foreign Minister Dmitri Volkanov met NATO officials in Brussels on Monday."],
      ["Dmitri Volkanov"],
    ],
    [
      "leaves the honorific Sayyid out of the name",
      [
        "The council met under the auspices of Sayyid Amir bin Saud al Harthy, Minister Responsible for Defence Affairs, at the palace on Wednesday.",
        "Sayyid Amir bin Saud al Harthy, who chaired the meeting, delivered a speech.",
      ],
      ["Amir bin Saud al Harthy"],
    ],
    [
      "leaves the honorific Ratu out of the name",
      ["He also met Fiji Minister of Defence and National Security Ratu Josefa Tuilagi today."],
      ["Josefa Tuilagi"],
    ],
    [
      "reads 'Col' without its dot as the rank, and 'Col Ops' as no one",
      [
        "He was accompanied by Col Peter Otieno Col Ops at the Defence Headquarters and other officers.",
      ],
      ["Peter Otieno"],
    ],
    [
      "reads 'Sen. Lieut. Gen' as a rank, not 'Sen' as a name",
      [
        "Defence Minister Sen. Lieut. Gen Nguyen Van Thanh hosted an official welcome ceremony on Monday.",
      ],
      ["Nguyen Van Thanh"],
    ],
    [
      "reads no person in a quoted ship's name or a ship's class named after an officer",
      [
        "A week earlier, the Russian battleship, the 'Admiral Volkanov' arrived in Durban for the drills.",
        "India and Russia signed a deal to produce two Admiral Petrovsky class frigates on Tuesday.",
      ],
      [],
    ],
  ])("%s", (_title, paragraphs, names) => {
    expect(namesIn(paragraphs)).toEqual(names);
  });

  it("reads no person in a sea before an official's apposition", () => {
    expect(
      namesIn([
        "With regard to the security of the Celebes Sea, Indonesia's Minister of Defence, General (Rtd) Budi Santoso, said patrols would go on.",
      ]),
    ).not.toContain("Celebes Sea");
  });

  it("reads no person in a ministry's short name or an office's word", () => {
    expect(namesIn(["Office of the Spokesperson, Mofa Pakistan"])).toEqual([]);
    expect(
      namesIn(["The council met under Yusuf bin Ali, Minister Responsible for Defence Affairs."]),
    ).not.toContain("Responsible");
  });

  it("reads a junior officer's rank before a name", () => {
    expect(
      namesIn([
        "The Indian contingent in Russia is led by Major Arjun Mehra and Flt Lt. Karan Bhatia.",
      ]),
    ).toEqual(["Arjun Mehra", "Karan Bhatia"]);
    expect(namesIn(["Major powers such as China and India attended the talks on Monday."])).toEqual(
      [],
    );
  });

  it("reads a consul general's post city as part of the office, not of the name", () => {
    expect(
      peopleIn([
        "More than 60 people, including Acting Chinese Consul General in Durban Li Wenhao, attended the ceremony.",
      ]),
    ).toEqual([{ name: "Li Wenhao", country: "China", role: "Consul General" }]);
  });
});
