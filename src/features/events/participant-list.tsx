import type { Entity } from "../../shared/schema";
import { HighlightedText } from "../../components/highlighted-text";

type ParticipantListProps = {
  people: Entity[];
  onFilter: (entityId: string) => void;
  onProfile: (entityId: string) => void;
};

/** Officials taking part: each name opens their profile; "Filter" keeps only their events. */
export function ParticipantList({ people, onFilter, onProfile }: ParticipantListProps) {
  if (people.length === 0) return <p className="muted">No officials named.</p>;
  return (
    <ul className="participants">
      {people.map((person) => (
        <li key={person.id}>
          <button type="button" className="link-button" onClick={() => onProfile(person.id)}>
            <HighlightedText text={person.name} />{" "}
            <span className="visually-hidden">— profile</span>
          </button>
          {describePerson(person) && (
            <>
              {" — "}
              <HighlightedText text={describePerson(person)} />
            </>
          )}{" "}
          <button
            type="button"
            className="link-button participant-filter"
            aria-label={`Filter by official ${person.name}`}
            onClick={() => onFilter(person.id)}
          >
            Filter
          </button>
        </li>
      ))}
    </ul>
  );
}

function describePerson(person: Entity): string {
  const parts = [person.role, person.country].filter(Boolean);
  return parts.join(", ");
}
