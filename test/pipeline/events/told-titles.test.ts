// @vitest-environment node
// An event titled by its kind alone takes the names of who took part, once they are known.
import { describe, expect, it } from "vitest";
import type { Entity } from "../../../src/shared/schema";
import { toEvent } from "../../../src/pipeline/events/event-record";
import { titledByPeople } from "../../../src/pipeline/events/told-titles";
import type { CandidateEvent } from "../../../src/pipeline/events/types";

const person = (id: string, name: string): Entity => ({
  id,
  kind: "person",
  name,
  aliases: [],
  country: null,
  role: null,
});
const country = (id: string, name: string): Entity => ({
  id,
  kind: "country",
  name,
  aliases: [],
  country: name,
});
const byId = new Map(
  [
    person("p-holm", "Lena Holm"),
    person("p-ruiz", "Tomas Ruiz"),
    country("c-greece", "Greece"),
    country("c-fiji", "Fiji"),
  ].map((e) => [e.id, e]),
);

function told(title: string, participants: string[], entities: string[] = []): CandidateEvent {
  return {
    articleId: "a",
    order: 0,
    type: title.startsWith("Summit")
      ? "summit"
      : title.startsWith("Agreement")
        ? "agreement"
        : "talks",
    title,
    namedKey: null,
    label: null,
    date: null,
    location: null,
    participants,
    entities,
    sources: [],
  };
}

describe("titles of events told by their kind alone", () => {
  it("name the people later sentences say took part", () => {
    const [talks] = titledByPeople([told("Talks", ["p-holm", "p-ruiz"])], byId);
    expect(talks?.title).toBe("Lena Holm meets Tomas Ruiz");
  });

  it("put one person, or the country named beside it, after the kind", () => {
    const [summit, agreement] = titledByPeople(
      [told("Summit", ["p-holm"]), told("Agreement", [], ["c-greece"])],
      byId,
    );
    expect(summit?.title).toBe("Summit (Lena Holm)");
    expect(agreement?.title).toBe("Agreement (Greece)");
  });

  it("leave a title that already names someone, a place's own country, or nothing", () => {
    const events = titledByPeople(
      [
        told("Lena Holm holds talks", ["p-holm"]),
        told("Talks in Fiji", [], ["c-fiji"]),
        told("Talks", []),
      ],
      byId,
    );
    expect(events.map((e) => e.title)).toEqual(["Lena Holm holds talks", "Talks in Fiji", "Talks"]);
  });
});

describe("a merged event's title", () => {
  it("is another report's of the same kind when the best-dated one says only the kind", () => {
    const bare = told("Talks", ["p-holm"]);
    const named = { ...told("Lena Holm meets Tomas Ruiz", ["p-holm", "p-ruiz"]), articleId: "b" };
    expect(toEvent({ members: [bare, named], best: bare }).title).toBe(
      "Lena Holm meets Tomas Ruiz",
    );
  });
});
