// @vitest-environment node
// The one who invites to a visit is its host and takes part in it; the one whose invitation
// or greetings are conveyed at a meeting does not. (Written sentences; the people are not in
// the reference data.)
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { builtEvents, participantsOf } from "../stage-inputs";

describe("a visit at someone's invitation", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Odile Marchetti", "Tavita Lemalu", "Ruta Vaitkus"]);

  it("has the inviter as its host", () => {
    const found = builtEvents(
      "a.txt",
      "Departure statement\n\nPosted On: 19 MAY 2023 8:49AM\n\nI will be travelling to Valletta at the invitation of Prime Minister Odile Marchetti.\n",
    );
    expect(found.map((e) => [e.start, e.people])).toEqual([["2023-05", ["Odile Marchetti"]]]);
  });

  it("keeps the inviter out of talks that only convey the invitation", () => {
    const found = participantsOf([
      "Foreign Minister Tavita Lemalu met Foreign Minister Ruta Vaitkus in Apia on Monday and conveyed the invitation of President Odile Marchetti.",
    ]);
    expect(found).toEqual([["Tavita Lemalu", "Ruta Vaitkus"]]);
  });
});
