// @vitest-environment node
import { describe, expect, it } from "vitest";
import { namesTheEvent, relatedEntities } from "../../src/features/events/related-entities";
import type { Entity, TimelineEvent } from "../../src/shared/schema";

const entity = (id: string, kind: Entity["kind"], name: string): Entity => ({
  id,
  kind,
  name,
  aliases: [],
});
const event = (title: string, type: TimelineEvent["type"]): TimelineEvent => ({
  id: "e",
  title,
  type,
  start: "2017-06-01",
  end: null,
  precision: "day",
  location: null,
  participants: [],
  entities: [],
  sources: [{ articleId: "a", quote: "", paragraph: 0 }],
  status: "happened",
});

describe("relatedEntities", () => {
  it("leaves out the entity that is the event itself", () => {
    const declaration = event("St. Petersburg Declaration", "declaration");
    const itself = entity("d", "other", "St. Petersburg Declaration");
    const city = entity("p", "place", "St. Petersburg");
    expect(relatedEntities(declaration, [itself, city])).toEqual([city]);
  });

  it("recognises a named exercise or accord inside a longer title", () => {
    expect(
      namesTheEvent(entity("x", "exercise", "INDRA"), event("Exercise INDRA", "exercise")),
    ).toBe(true);
    expect(
      namesTheEvent(entity("x", "other", "Joint Statement"), event("22nd summit", "summit")),
    ).toBe(false);
  });

  it("keeps an organisation named in a meeting's title: the meeting is not the organisation", () => {
    const meeting = event("22nd IRIGC-M&MTC meeting", "commission-meeting");
    const commission = entity("o", "organization", "IRIGC-M&MTC");
    expect(relatedEntities(meeting, [commission])).toEqual([commission]);
  });

  it("never lists countries (they show as the event's rows and facets)", () => {
    expect(relatedEntities(event("Talks", "talks"), [entity("c", "country", "India")])).toEqual([]);
  });
});
