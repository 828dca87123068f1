// Short human titles: "Rajnath Singh meets Andrei Belousov", "Modi–Putin phone call".

import type { Entity, EventType } from "../../shared/schema";
import { familyNameOf } from "../entities/name-words";
import { LABELS_BY_PARTIES } from "../rules/title-labels";

/** What a title falls back to when it can name no one and nothing beside the event. */
export const KIND_NOUNS = {
  talks: "Talks",
  summit: "Summit",
  visit: "Visit",
  agreement: "Agreement",
  declaration: "Declaration",
  ministers: "Ministers' meeting",
} as const;

/** A title starts in capitals, whether it leads with a name as the sentence has it ("their
 * first informal Summit") or with a family name's particle ("da Silva–Xi agreement"). */
export function eventTitle(
  type: EventType,
  people: Entity[],
  others: Entity[],
  location: string | null,
  named: string | null,
  label: string | null = null,
): string {
  const title = named || titleFor(type, people, others, location, label);
  return title.charAt(0).toUpperCase() + title.slice(1);
}

function titleFor(
  type: EventType,
  people: Entity[],
  others: Entity[],
  location: string | null,
  label: string | null,
): string {
  const [a, b] = people;
  const surnames = people.slice(0, 2).map(surname).join("–");
  const where = location ? ` in ${location}` : "";
  // Without two named people, the parties named beside the event say whose it was: "India–Russia
  // summit", "NATO summit" rather than a bare "Summit" among hundreds.
  const party = partyOf(others);
  const generic = (noun: string) => (party ? `${party} ${noun.toLowerCase()}` : noun);
  switch (type) {
    case "phone-call":
      return people.length >= 2
        ? `${surnames} phone call`
        : `${a ? surname(a) : "Leaders'"} phone call`;
    case "visit":
      return a
        ? `${a.name} visits ${location ?? "abroad"}`.replace(/ visits abroad$/, "'s visit")
        : `${KIND_NOUNS.visit}${where}`;
    case "exercise": {
      const ex = others.find((o) => o.kind === "exercise");
      return ex ? `Exercise ${ex.name}` : `${generic("Military exercise")}${where}`;
    }
    case "declaration":
    case "agreement": {
      const doc = others.find((o) => o.kind === "other");
      if (doc) return doc.name;
      return people.length >= 2
        ? `${surnames} ${type}`
        : `${generic(type === "agreement" ? KIND_NOUNS.agreement : KIND_NOUNS.declaration)}${where}`;
    }
    case "summit":
      return people.length >= 2
        ? `${surnames} summit${where}`
        : `${generic(KIND_NOUNS.summit)}${where}`;
    case "ministerial-meeting":
      return people.length >= 2
        ? `${surnames} ministerial meeting${where}`
        : `${generic(KIND_NOUNS.ministers)}${where}`;
    case "commission-meeting":
    case "working-group-meeting": {
      const body = others.find((o) => o.kind === "organization");
      return `${body ? body.name : "Commission"} meeting${where}`;
    }
    case "other": {
      // Milestones by what happened ("Delivery: S-400", "Launch"); ceremonies, parades,
      // inaugurations by who was there, not "talks". What happened to or between parties
      // ("Attack") is never put beside the people its sentence names.
      const named = label !== null && LABELS_BY_PARTIES.has(label) ? [] : people;
      const names = named.slice(0, 2).map((p) => p.name);
      const more = named.length > 2 ? " and others" : "";
      if (label) {
        const thing = others.find(
          (o) => o.kind === "programme" || o.kind === "exercise" || o.kind === "other",
        );
        // A label in the story's own words may name the party already ("G20").
        const who =
          names.length > 0
            ? ` (${names.join(", ")}${more})`
            : party && !thing && !label.includes(party)
              ? ` (${party})`
              : "";
        return `${label}${thing ? `: ${thing.name}` : ""}${where}${who}`;
      }
      return names.length > 0
        ? `${names.join(" and ")}${more} at ceremony${where}`
        : `${generic("Ceremony")}${where}`;
    }
    default:
      if (a && b)
        return people.length === 2
          ? `${a.name} meets ${b.name}`
          : `${a.name} meets ${list.format(people.slice(1).map((p) => p.name))}`;
      return a ? `${a.name} holds talks${where}` : `${generic(KIND_NOUNS.talks)}${where}`;
  }
}

/** Two countries named beside the event ("India–Russia"), else an organisation ("NATO"). */
function partyOf(others: Entity[]): string | null {
  const countries = others.filter((o) => o.kind === "country").map((o) => o.name);
  if (countries.length >= 2) return countries.slice(0, 2).join("–");
  return others.find((o) => o.kind === "organization")?.name ?? null;
}

function surname(e: Entity): string {
  return familyNameOf(e.name, e.country);
}

const list = new Intl.ListFormat("en-GB", { type: "conjunction" });
