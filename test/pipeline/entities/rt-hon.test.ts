// @vitest-environment node
// "the Rt Hon X MP" / "the Right Honourable X" is an honorific before a name, also after a
// title the finder does not know whole (written pages; the people are not in the reference data).
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";

const people = (text: string) =>
  buildDataset(
    [{ file: "a.txt", text: ` date 2022-01-21 Ministers meet in Sydney\n\n${text}\n` }],
    undefined,
    { today: "2026-11-22" },
  )
    .dataset.entities.filter((e) => e.kind === "person")
    .map((e) => e.name);

describe("the Rt Hon", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Harriet Example", "Oliver Sample"]);

  it("names the person after it", () => {
    expect(
      people(
        "The minister hosted the Secretary of State for Foreign, Commonwealth and Development Affairs the Rt Hon Harriet Example MP for talks in Sydney on 21 January 2022.",
      ),
    ).toContain("Harriet Example");
    expect(
      people("The Right Honourable Oliver Sample met the minister in Sydney on 21 January 2022."),
    ).toContain("Oliver Sample");
  });

  it("reads 'The Hon' opening a sentence as the same honorific", () => {
    expect(
      people(
        "The Hon Oliver Sample, Minister for Trade, met the minister in Sydney on 21 January 2022.",
      ),
    ).toContain("Oliver Sample");
  });
});
