// @vitest-environment node
// Pacific names and states: the ʻokina inside a name ("Mataʻafa"), and a state's name of
// several words ("Cook Islands") before an office is no one's name.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { peopleIn } from "./people-of";

describe("Pacific names and states", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Tevita Lauaki", "Sina Faleolo Taʻamu"]);

  it("keeps the ʻokina inside a name and reads a state's name as no one's", () => {
    expect(
      peopleIn([
        "They will meet the acting Prime Minister in Tonga, Cook Islands Prime Minister Tevita Lauaki and Prime Minister Sina Faleolo Taʻamu.",
      ]),
    ).toEqual([
      { name: "Sina Faleolo Taʻamu", country: null, role: "Prime Minister" },
      { name: "Tevita Lauaki", country: "Cook Islands", role: "Prime Minister" },
    ]);
  });
});
