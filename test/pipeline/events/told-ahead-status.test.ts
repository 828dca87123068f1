// @vitest-environment node
// An event told with no date says by its own words whether it was still to come: "is
// scheduled to meet" is planned, "met" happened; words with no tense say neither.
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";

function statuses(text: string) {
  const { dataset } = buildDataset([{ file: "b.txt", text }], undefined, { today: "2026-11-22" });
  return dataset.events.map((e) => ({ start: e.start, type: e.type, status: e.status }));
}

describe("the status of an event told without a date", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Odile Marchetti", "Tavita Lemalu"]);

  it("is planned when its words tell it ahead", () => {
    expect(
      statuses(
        "Marchetti to meet Lemalu\n\nForeign Minister Odile Marchetti is scheduled to meet her counterpart Tavita Lemalu in Valletta to discuss fisheries.\n",
      ),
    ).toEqual([{ start: null, type: "talks", status: "planned" }]);
  });

  it("happened when its words tell it in the past", () => {
    expect(
      statuses(
        "Marchetti met Lemalu\n\nForeign Minister Odile Marchetti met her counterpart Tavita Lemalu in Valletta to discuss fisheries.\n",
      ),
    ).toEqual([{ start: null, type: "talks", status: "happened" }]);
  });
});
