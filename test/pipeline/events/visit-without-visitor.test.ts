// @vitest-environment node
// A visit is someone's: "... and was set to visit Latvia on Wednesday", when the visitor cannot
// be read from the words, tells where and when but not who. With no one taking part and no
// visiting body (a navy, a delegation), only places and countries, it is not kept as a visit
// of no one; a body's visit ("warships of the Norwegian Navy arrived") still is, so is a ship's
// ("USS Constellation arrived", "The Tordenskjold sails for Chile"), and so is one whose words
// describe the visitor by office ("the Foreign Minister will travel to Lima").
import { describe, expect, it } from "vitest";
import { builtEvents, wireStory } from "../stage-inputs";

describe("a visit that names no visitor", () => {
  it("is not kept when it names only where it went", () => {
    const text = wireStory(
      "Baltic tour",
      "On a three-day tour of the Baltics, Defence Minister Henrik Solvang was in Estonia on Monday and Tuesday and was set to visit Latvia on Wednesday.",
    );
    const events = builtEvents("a.txt", text);
    expect(events.filter((e) => e.type === "visit" && e.people.length === 0)).toEqual([]);
    expect(events).toContainEqual({
      type: "visit",
      start: "2024-05-06",
      people: ["Henrik Solvang"],
    });
  });

  it("is kept when its words describe the visitor by office", () => {
    const text = wireStory(
      "Trip",
      "Valletta's envoy to the talks said the Foreign Minister will travel to Lima on Friday.",
    );
    expect(builtEvents("a.txt", text).map((e) => e.type)).toContain("visit");
  });

  it("is kept when a body visits", () => {
    const text = wireStory(
      "Port call",
      "Two warships of the Norwegian Navy arrived in Valparaiso on Tuesday for a four-day port call.",
    );
    expect(builtEvents("a.txt", text).map((e) => e.type)).toContain("visit");
  });

  it("is kept when a ship visits, though no navy is named", () => {
    for (const sentence of [
      "USS Constellation arrived in Valparaiso, Chile, on Tuesday for a four-day stay.",
      "The Tordenskjold sails for Chile on Tuesday.",
      "The carrier is expected to arrive in Valparaiso on Tuesday.",
      "Three Norwegian warships will enter Valparaiso on Tuesday to hold naval exercises.",
    ]) {
      const events = builtEvents("a.txt", wireStory("Port call", sentence));
      expect(
        events.map((e) => e.type),
        sentence,
      ).toContain("visit");
    }
  });
});
