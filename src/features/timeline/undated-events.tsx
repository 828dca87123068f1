import type { TimelineEvent } from "../../shared/schema";

type UndatedEventsProps = {
  events: TimelineEvent[];
  selectedId: string | null;
  onSelect: (eventId: string) => void;
};

/** Events the articles give no date for: listed, never placed at an invented date. */
export function UndatedEvents({ events, selectedId, onSelect }: UndatedEventsProps) {
  if (events.length === 0) return null;
  return (
    <section className="undated-events" aria-labelledby="undated-heading">
      <h3 id="undated-heading">Undated events ({events.length})</h3>
      <ul>
        {events.map((event) => (
          <li key={event.id}>
            <button
              type="button"
              className="link-button"
              aria-pressed={event.id === selectedId}
              onClick={() => onSelect(event.id)}
            >
              {event.title}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
