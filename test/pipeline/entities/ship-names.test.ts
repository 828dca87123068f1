// @vitest-environment node
// A ship named after someone, written once after its prefix ("USS Gabrielle Marsh") and once
// without it ("the Thomas Reed and Gabrielle Marsh joined"), is a ship in both places; a rank
// and one word in brackets after a ship's prefixed name are the ship's other name.
import { describe, expect, it } from "vitest";
import { knownToReference } from "../reference-guard";
import { namesIn } from "./people-of";

describe("ships named after people", () => {
  it("is about names the reference data does not list", () => {
    expect(knownToReference(["Gabrielle Marsh", "Daniel Okoro"])).toEqual([]);
  });

  it("reads a name the story writes after a ship's prefix as that ship's everywhere", () => {
    const names = namesIn([
      "The littoral combat ship USS Gabrielle Marsh drilled with a patrol vessel on Friday.",
      "A day earlier, the Thomas Reed and Gabrielle Marsh joined the Sazanami for two days of training.",
      "The exercise went well, spokesman Cmdr. Daniel Okoro said.",
    ]);
    expect(names).not.toContain("Gabrielle Marsh");
    expect(names).toContain("Daniel Okoro");
  });

  it("reads a rank and one word in brackets after a ship's prefixed name as its other name", () => {
    expect(
      namesIn([
        "The aircraft carrier INS Vikraditya (Admiral Golovko) remains in a foreign dockyard, spokesman Cmdr. Daniel Okoro said.",
      ]),
    ).toEqual(["Daniel Okoro"]);
  });
});
