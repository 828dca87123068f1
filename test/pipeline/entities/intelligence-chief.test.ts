// @vitest-environment node
// "intelligence chief X" / "spy chief X" is a title before a name (written pages; the people
// are not in the reference data).
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";

const people = (text: string) =>
  buildDataset(
    [{ file: "a.txt", text: ` date 2024-03-05 Leaders meet in Ankara\n\n${text}\n` }],
    undefined,
    {
      today: "2026-11-22",
    },
  )
    .dataset.entities.filter((e) => e.kind === "person")
    .map((e) => [e.name, e.role]);

describe("an intelligence chief", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Orhan Talvik", "Mehmet Sarıkaya"]);

  it("is found by the title before the name", () => {
    expect(
      people(
        "President Mehmet Sarıkaya received the visiting emir in Ankara on Monday. Also present were Turkish intelligence chief Orhan Talvik and other officials.",
      ),
    ).toContainEqual(["Orhan Talvik", "Intelligence Chief"]);
    expect(
      people("The country's spy chief Orhan Talvik met his counterpart in Ankara on Monday."),
    ).toContainEqual(["Orhan Talvik", "Intelligence Chief"]);
  });
});
