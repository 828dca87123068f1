// @vitest-environment node
// A place the sentence says was visited is the host's country for the person met there
// ("visited Canberra and held talks with Chief of Navy X"), but not for the one who made the
// visit ("a visit to Peru by President X") nor for the one reporting it ("officials visited
// Peru last week, Trade Secretary X said").
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { peopleIn } from "./people-of";

const countryOf = (paragraphs: string[], name: string) =>
  peopleIn(paragraphs).find((p) => p.name === name)?.country;

describe("the country of a visited place", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Osvaldo Ferrante", "Milan Hradek"]);

  it("is not given to the visitor named after 'by'", () => {
    const text =
      "During the official visit to Peru by President Osvaldo Ferrante, both sides agreed to expand trade.";
    expect(countryOf([text], "Osvaldo Ferrante")).toBeNull();
  });

  it("is not given to the person reporting the visit", () => {
    const text =
      "Senior officials visited Peru last week and discussed the next round of talks, Trade Secretary Milan Hradek said.";
    expect(countryOf([text], "Milan Hradek")).toBeNull();
  });
});
