// @vitest-environment node
// Capitalised words after an office that end in a body's head word and are not led by a
// personal name name the body, not a person ("General Secretary of the Freedom Labour Party");
// a person whose surname is such a word is still one ("Secretary Carla Gates").
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { namesIn } from "./people-of";

describe("a body's name after an office", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Tran Van Minh", "Carla Gates", "Hannah Field"]);

  it("is no person", () => {
    const names = namesIn([
      "The president met Tran Van Minh, General Secretary of Ruritania Workers Party, H.E. Mr. Le Van Anh, Prime Minister, on Monday.",
    ]);
    expect(names).not.toContain("Workers Party");
    expect(names).toContain("Tran Van Minh");
  });

  it("leaves people whose surname is such a word", () => {
    expect(
      namesIn([
        "Defence Secretary Carla Gates met Foreign Minister Hannah Field in Oslo on Monday.",
      ]).sort(),
    ).toEqual(["Carla Gates", "Hannah Field"]);
  });
});
