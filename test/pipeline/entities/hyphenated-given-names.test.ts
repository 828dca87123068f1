// @vitest-environment node
// "Frank-Walter Steinmeier" and "Frank Walter Steinmeier" in one article: a hyphenated given
// name is the same given names written as one word, so the article names one person.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { namesIn } from "./people-of";

describe("a given name written with and without its hyphen", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Hans-Dieter Kollwitz", "Hans Dieter Kollwitz"]);

  it("names one person", () => {
    expect(
      namesIn([
        "The minister met the Federal Minister of the Interior of Germany, Dr Hans-Dieter Kollwitz, in Riga.",
        "Hans Dieter Kollwitz also discussed border cooperation.",
      ]),
    ).toHaveLength(1);
  });

  it("keeps two given names that differ apart", () => {
    expect(
      namesIn([
        "Interior Minister Hans-Dieter Kollwitz met the delegation.",
        "Finance Minister Klaus Kollwitz was absent.",
      ]),
    ).toHaveLength(2);
  });
});
