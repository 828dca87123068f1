// @vitest-environment node
// A list whose items close their titles with semicolons ("A, Minister of Defence; B, Minister
// of Aviation; ..."): each title is its own item's, not the next person's (written pages; the
// people are not in the reference data).
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";

const people = (text: string) =>
  buildDataset(
    [{ file: "a.txt", text: ` date 2025-02-14 President arrives for summit\n\n${text}\n` }],
    undefined,
    { today: "2026-11-22" },
  )
    .dataset.entities.filter((e) => e.kind === "person")
    .map((e) => e.name);

describe("a list of people whose titles close with semicolons", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Tunde Okafor", "Musa Danladi", "Ngozi Eze"]);

  it("gives each person their own title", () => {
    const found = people(
      "At the briefing were Tunde Okafor, the Minister of Finance; Musa Danladi, Minister of Defence; Ngozi Eze, the Minister of Trade and Investment.",
    );
    expect(found).toEqual(expect.arrayContaining(["Tunde Okafor", "Musa Danladi", "Ngozi Eze"]));
  });
});
