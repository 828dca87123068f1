// Short human titles: "Rajnath Singh meets Andrei Belousov", "Modi–Putin phone call".

import type { Entity, EventType } from "../../shared/schema";

export function eventTitle(
  type: EventType,
  people: Entity[],
  others: Entity[],
  location: string | null,
  named: string | null,
  label: string | null = null,
): string {
  if (named) return named;
  const [a, b] = people;
  const surnames = people.slice(0, 2).map(surname).join("–");
  const where = location ? ` in ${location}` : "";
  switch (type) {
    case "phone-call":
      return people.length >= 2
        ? `${surnames} phone call`
        : `${a ? surname(a) : "Leaders'"} phone call`;
    case "visit":
      return a
        ? `${a.name} visits ${location ?? "abroad"}`.replace(/ visits abroad$/, "'s visit")
        : `Visit${where}`;
    case "exercise": {
      const ex = others.find((o) => o.kind === "exercise");
      return ex ? `Exercise ${ex.name}` : `Military exercise${where}`;
    }
    case "declaration":
    case "agreement": {
      const doc = others.find((o) => o.kind === "other");
      if (doc) return doc.name;
      return people.length >= 2
        ? `${surnames} ${type}`
        : `${type === "agreement" ? "Agreement" : "Declaration"}${where}`;
    }
    case "summit":
      return people.length >= 2 ? `${surnames} summit${where}` : `Summit${where}`;
    case "ministerial-meeting":
      return people.length >= 2
        ? `${surnames} ministerial meeting${where}`
        : `Ministers' meeting${where}`;
    case "commission-meeting":
    case "working-group-meeting": {
      const body = others.find((o) => o.kind === "organization");
      return `${body ? body.name : "Commission"} meeting${where}`;
    }
    case "other": {
      // Milestones by what happened ("Delivery: S-400", "Launch"); ceremonies, parades,
      // inaugurations by who was there, not "talks".
      const names = people.slice(0, 2).map((p) => p.name);
      const more = people.length > 2 ? " and others" : "";
      if (label) {
        const thing = others.find(
          (o) => o.kind === "programme" || o.kind === "exercise" || o.kind === "other",
        );
        const who = names.length > 0 ? ` (${names.join(", ")}${more})` : "";
        return `${label}${thing ? `: ${thing.name}` : ""}${where}${who}`;
      }
      return names.length > 0
        ? `${names.join(" and ")}${more} at ceremony${where}`
        : `Ceremony${where}`;
    }
    default:
      if (a && b)
        return people.length === 2
          ? `${a.name} meets ${b.name}`
          : `${a.name} meets ${people
              .slice(1)
              .map((p) => p.name)
              .join(", ")}`;
      return a ? `${a.name} holds talks${where}` : `Talks${where}`;
  }
}

function surname(e: Entity): string {
  return e.name.split(" ").pop() ?? e.name;
}
