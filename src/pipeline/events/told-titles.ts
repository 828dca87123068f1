// An event first told without its people ("The talks were held in Hanoi") is titled by its
// kind alone; when later sentences name who took part, its title names them too, as for an
// event told with them: "Krishna meets Blake" rather than one more "Talks". Where no one or
// only one person is named, whoever is named beside it is put after the kind.

import type { Entity } from "../../shared/schema";
import escapeRegExp from "escape-string-regexp";
import { eventTitle, KIND_NOUNS } from "./titles";
import type { CandidateEvent } from "./types";

// The titles eventTitle gives an event with no one and nothing named beside it (a year may
// lead a name the sentence gave it: "the 2018 agreement").
const KIND_ONLY = new RegExp(
  `^(?:\\d{4} )?(?:${Object.values(KIND_NOUNS).map(escapeRegExp).join("|")})(?: in .+)?$`,
);

export function titledByPeople(
  events: CandidateEvent[],
  byId: ReadonlyMap<string, Entity>,
): CandidateEvent[] {
  for (const e of events) {
    if (e.namedKey || !saysOnlyKind(e.title)) continue;
    const people = e.participants.flatMap((id) => byId.get(id) ?? []);
    const others = e.entities.flatMap((id) => byId.get(id) ?? []);
    const title =
      people.length > 0 ? eventTitle(e.type, people, others, e.location, null) : e.title;
    if (!saysOnlyKind(title)) {
      e.title = title;
      continue;
    }
    // One person at a summit, or no one but a country beside an agreement, is not yet "who met
    // whom": they are named beside the kind ("Summit (Hillary Clinton)", "Agreement (Greece)").
    const beside =
      people.length > 0
        ? people
        : others.filter((o) => o.kind !== "place" && !title.includes(o.name));
    const names = beside.slice(0, 2).map((p) => p.name);
    const more = beside.length > 2 ? " and others" : "";
    if (names.length > 0) e.title = `${title} (${names.join(", ")}${more})`;
  }
  return events;
}

/** Whether a title says only the event's kind (and place), not who or what it was. */
export const saysOnlyKind = (title: string) => KIND_ONLY.test(title);
