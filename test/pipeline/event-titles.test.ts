// @vitest-environment node
// Titles readers see on the timeline say what kind of event it was.
import { describe, expect, it } from "vitest";
import type { Entity } from "../../src/shared/schema";
import { eventTitle } from "../../src/pipeline/events/titles";

const person = (name: string): Entity => ({
  id: `person-${name.toLowerCase().replace(/\s+/g, "-")}`,
  kind: "person",
  name,
  aliases: [],
});

const party = (kind: "country" | "organization", name: string): Entity => ({
  id: `${kind}-${name.toLowerCase()}`,
  kind,
  name,
  aliases: [],
});

describe("event titles", () => {
  it("name a ceremony as one, not as talks", () => {
    expect(eventTitle("other", [person("Carlos Vega")], [], "Kaliningrad", null)).toBe(
      "Carlos Vega at ceremony in Kaliningrad",
    );
    expect(eventTitle("other", [person("Carlos Vega"), person("Ana Soto")], [], null, null)).toBe(
      "Carlos Vega and Ana Soto at ceremony",
    );
  });

  it("call people by the family name their country's news uses, with its particles", () => {
    const from = (name: string, country: string): Entity => ({ ...person(name), country });
    const [xi, lula] = [from("Xi Jinping", "China"), from("Luiz Inácio Lula da Silva", "Brazil")];
    expect(eventTitle("summit", [xi, lula], [], null, null)).toBe("Xi–da Silva summit");
    expect(eventTitle("summit", [lula, xi], [], null, null)).toBe("Da Silva–Xi summit");
    const moon = from("Moon Jae-in", "South Korea");
    const leyen = from("Ursula von der Leyen", "Germany");
    expect(eventTitle("phone-call", [moon, leyen], [], null, null)).toBe(
      "Moon–von der Leyen phone call",
    );
    // Vietnamese officials are called by the given name written last; a Western "Kim" by the
    // surname.
    const lich = from("Ngo Xuan Lich", "Vietnam");
    const kim = from("Kim Beazley", "Australia");
    expect(eventTitle("agreement", [lich, kim], [], null, null)).toBe("Lich–Beazley agreement");
  });

  it("keep a capitalised particle with the family name", () => {
    const [drian, hollen] = [person("Jean-Yves Le Drian"), person("Chris Van Hollen")];
    expect(eventTitle("summit", [drian, hollen], [], null, null)).toBe(
      "Le Drian–Van Hollen summit",
    );
    // A Vietnamese "Le" written first is a family name, not a particle.
    expect(eventTitle("summit", [person("Le Hoai Trung"), drian], [], null, null)).toBe(
      "Trung–Le Drian summit",
    );
  });

  it("call a Korean by the family name written first, even when no country is known", () => {
    const [cho, song] = [person("Cho Tae-yong"), person("Song Young-moo")];
    expect(eventTitle("ministerial-meeting", [cho, song], [], null, null)).toBe(
      "Cho–Song ministerial meeting",
    );
    // A Western hyphenated given name capitalises both parts, and keeps the family name last.
    expect(eventTitle("summit", [person("Jean-Marc Ayrault"), cho], [], null, null)).toBe(
      "Ayrault–Cho summit",
    );
    expect(eventTitle("summit", [person("Kim Beazley"), cho], [], null, null)).toBe(
      "Beazley–Cho summit",
    );
  });

  it("list the third and later people met with 'and'", () => {
    const [a, b, c, d] = ["Carlos Vega", "Ana Soto", "Li Wei", "Omar Said"].map(person);
    expect(eventTitle("talks", [a!, b!, c!], [], null, null)).toBe(
      "Carlos Vega meets Ana Soto and Li Wei",
    );
    expect(eventTitle("talks", [a!, b!, c!, d!], [], null, null)).toBe(
      "Carlos Vega meets Ana Soto, Li Wei and Omar Said",
    );
  });

  it("name talks between two people as a meeting", () => {
    expect(eventTitle("talks", [person("Carlos Vega"), person("Ana Soto")], [], null, null)).toBe(
      "Carlos Vega meets Ana Soto",
    );
  });

  it("name the parties beside an event no two people are named for", () => {
    const [india, russia] = [party("country", "India"), party("country", "Russia")];
    expect(eventTitle("summit", [], [india, russia], "Moscow", null)).toBe(
      "India–Russia summit in Moscow",
    );
    expect(
      eventTitle(
        "summit",
        [],
        [party("country", "Ukraine"), party("organization", "NATO")],
        null,
        null,
      ),
    ).toBe("NATO summit");
    expect(eventTitle("agreement", [], [india, russia], null, null)).toBe("India–Russia agreement");
    expect(eventTitle("other", [], [india, russia], null, null, "Delivery")).toBe(
      "Delivery (India–Russia)",
    );
    expect(eventTitle("talks", [person("Ana Soto")], [india, russia], null, null)).toBe(
      "Ana Soto holds talks",
    );
    expect(eventTitle("summit", [], [india], null, null)).toBe("Summit");
  });

  it("start a name taken from the sentence with a capital", () => {
    expect(eventTitle("summit", [], [], null, "first informal Summit")).toBe(
      "First informal Summit",
    );
  });
});
