// @vitest-environment node
// "a Navy attack mission over the city in 1967", "Japanese invasion troops", "attack
// submarines": an attack word before the noun it names is a kind of mission, unit or craft,
// no attack told (rules/en/event-triggers.json, 'milestone.attack-noun'). The attack itself,
// dated, is still a milestone.
import { describe, expect, it } from "vitest";
import { builtEvents, wireStory } from "../stage-inputs";

const eventsOf = (body: string) => builtEvents("a.txt", wireStory("Ministers meet", body));

describe("an attack word before a noun", () => {
  it("tells no attack", () => {
    expect(
      eventsOf(
        "The pagoda stands near a marker noting where a pilot was shot down during a Navy attack mission over the city in 1967.",
      ),
    ).toEqual([]);
    expect(eventsOf("The navy bought two attack submarines in 2019.")).toEqual([]);
  });

  it("still tells a dated attack", () => {
    expect(eventsOf("The attack on the embassy in 2011 was condemned.")).toEqual([
      { type: "other", start: "2011", people: [] },
    ]);
  });
});
