import type { Entity } from "../../shared/schema";
import { HighlightedText } from "../../components/highlighted-text";

type ParticipantListProps = { people: Entity[]; onFilter: (entityId: string) => void };

/** Officials taking part; each name filters the timeline to that official's events. */
export function ParticipantList({ people, onFilter }: ParticipantListProps) {
  if (people.length === 0) return <p className="muted">No officials named.</p>;
  return (
    <ul className="participants">
      {people.map((person) => (
        <li key={person.id}>
          <button
            type="button"
            className="link-button"
            aria-label={`Filter by official ${person.name}`}
            onClick={() => onFilter(person.id)}
          >
            <HighlightedText text={person.name} />
          </button>
          {describePerson(person) && (
            <>
              {" — "}
              <HighlightedText text={describePerson(person)} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function describePerson(person: Entity): string {
  const parts = [person.role, person.country].filter(Boolean);
  return parts.join(", ");
}
