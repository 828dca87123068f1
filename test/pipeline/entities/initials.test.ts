// @vitest-environment node
// Initials written together ("Lt Gen PK Rawat"): each capital is an initial of the person,
// while an acronym in the same place (a country, a listed body, a ship's prefix) is not.
// None of these people is in the reference data.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { namesIn, peopleIn } from "./people-of";

describe("initials written together", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "P K Rawat",
    "T S Gill",
    "D V Rao",
    "H M Qureshi",
    "K Nair",
    "Suresh Menon K",
    "Vinod Pillai",
  ]);

  it("reads two or three capitals before a surname as initials after a title", () => {
    const found = peopleIn([
      "The delegation included Lt Gen PK Rawat, Air Marshal TSG Gill and Vice Admiral DV Rao.",
      "Defence Minister Shri HM Qureshi will receive the delegation on Monday.",
    ]);
    expect(found.map((p) => [p.name, p.role])).toEqual([
      ["D V Rao", "Vice Admiral"],
      ["H M Qureshi", "Defence Minister"],
      ["P K Rawat", "Lieutenant General"],
      ["T S G Gill", "Air Marshal"],
    ]);
  });

  it("keeps a family initial written last before a comma", () => {
    expect(
      namesIn([
        "The delegation was led by Vice Admiral Suresh Menon K, Flag Officer Commanding-in-Chief.",
        "Rear Admiral Vinod Pillai R. led the ships.",
      ]),
    ).toEqual(["Suresh Menon K", "Vinod Pillai"]);
  });

  it("joins initials written together and with dots as one person", () => {
    const found = namesIn([
      "Defence Secretary Shri PK Rawat met the visitors.",
      "Later, Defence Secretary P.K. Rawat chaired the talks.",
    ]);
    expect(found).toEqual(["P K Rawat"]);
  });

  it("takes no country code, listed body or ship's prefix for initials", () => {
    const found = namesIn([
      "The frigate's Commander INS Talwar Captain Kiran Nair met the UN Secretary General.",
      "Ambassador US Grant spoke, and Chief UK Defence Staff visited.",
    ]);
    expect(found).toEqual(["Kiran Nair"]);
  });
});
