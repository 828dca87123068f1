// @vitest-environment node
// "Kremlin aide X has said that Russia and Angola will hold a meeting ... on December 6": the
// aide reports on the meeting, and takes no part in it ("has", "had", "also" before "said"
// as well as "said" alone). None of these people is in the reference data.
import { describe, expect, it } from "vitest";
import { knownToReference } from "./reference-guard";
import { builtEvents } from "./stage-inputs";

const TEXT = [
  "date 2026-12-05",
  "Kremlin aide Yuri Malenkov has said that Russia and Angola will hold a meeting of the inter-governmental commission on military-technical cooperation on December 6.",
].join("\n");

describe("a speaker who 'has said' what will happen", () => {
  it("is about people the reference data does not list", () => {
    expect(knownToReference(["Yuri Malenkov"])).toEqual([]);
  });

  it("takes no part in the event told", () => {
    const events = builtEvents("has-said-speaker.txt", TEXT);
    expect(events.some((e) => e.people.includes("Yuri Malenkov"))).toBe(false);
  });
});
